using Refit;

namespace IntegrationHub.Adapters.Journal;

/// <summary>The journal system's notes API.</summary>
internal interface IJournalSystemApi
{
    /// <summary><c>POST {base}journal/notes</c> <c>{id, personnummer, title, text, writtenAt}</c>: 201, or 200 for an id it has.</summary>
    [Post("/journal/notes")]
    Task<IApiResponse> WriteNoteAsync([Body] JournalNote note, CancellationToken cancellationToken);
}

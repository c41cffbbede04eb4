using IntegrationHub.Adapters.Http;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Adapters.Journal;

/// <summary>
/// The journal system (<see cref="IJournalSystemApi"/>): <c>POST {base}journal/notes</c>
/// <c>{id, personnummer, title, text, writtenAt}</c>, sent once per call (a POST is never retried by the pipeline).
/// Throws <see cref="HttpRequestException"/> when the note was not taken; the outbox tries again later, and the
/// journal system takes a note idempotently by id.
/// </summary>
internal sealed partial class JournalSystemClient(Func<IJournalSystemApi> journal, ILogger<JournalSystemClient> logger) : IJournalSystem
{
    public const string HttpClientName = "IntegrationHub.Adapters.Journal";

    private readonly ILogger<JournalSystemClient> _logger = logger;

    public async Task WriteNoteAsync(JournalNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        await AdapterFailures.EnsureTakenAsync(ct => journal().WriteNoteAsync(note, ct), "journal system", cancellationToken);
        LogWritten(note.Id);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Journal note {NoteId} written.")]
    private partial void LogWritten(Guid noteId);
}

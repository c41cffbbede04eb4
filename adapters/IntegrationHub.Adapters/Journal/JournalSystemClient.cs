using IntegrationHub.Adapters.Http;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Fhir.Validation;
using IntegrationHub.Identity;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Adapters.Journal;

/// <summary>
/// The journal system (<see cref="IJournalSystemApi"/>): <c>POST {base}journal/notes</c>
/// <c>{id, personnummer, title, text, writtenAt}</c>, sent once per call (a POST is never retried by the pipeline).
/// Throws <see cref="HttpRequestException"/> when the note was not taken; the outbox tries again later, and the
/// journal system takes a note idempotently by id.
/// </summary>
internal sealed partial class JournalSystemClient(Func<IJournalSystemApi> journal, FhirResourceValidator validator, ILogger<JournalSystemClient> logger) : IJournalSystem
{
    public const string HttpClientName = "IntegrationHub.Adapters.Journal";

    private readonly ILogger<JournalSystemClient> _logger = logger;

    public async Task WriteNoteAsync(JournalNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        await AdapterFailures.EnsureTakenAsync(ct => journal().WriteNoteAsync(note, ct), "journal system", cancellationToken);
        LogWritten(note.Id);
    }

    public async Task<JournalRestrictionList> ListRestrictionsAsync(Personnummer personnummer, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await journal().SearchConsentsAsync($"{IdentifierSystems.Personnummer}|{personnummer.Value}", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"The journal system answered {(int)response.StatusCode}.", null, response.StatusCode);
            }

            return JournalConsentListReader.Read(await response.Content.ReadAsByteArrayAsync(cancellationToken), personnummer, validator);
        }
        catch (Exception e) when (e is not HttpRequestException && AdapterFailures.IsNoAnswer(e, cancellationToken))
        {
            throw new HttpRequestException("The journal system did not answer.", e);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Journal note {NoteId} written.")]
    private partial void LogWritten(Guid noteId);
}

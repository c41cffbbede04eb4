using IntegrationHub.Adapters.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Adapters.Journal;

/// <summary>
/// The journal system: <c>POST {base}journal/notes</c> <c>{id, personnummer, title, text, writtenAt}</c>, retried
/// because the journal system takes a note idempotently by id. Throws <see cref="HttpRequestException"/> when
/// the note was not taken (the outbox tries again later).
/// </summary>
internal sealed partial class JournalSystemClient : AdapterClient, IJournalSystem
{
    public const string HttpClientName = "IntegrationHub.Adapters.Journal";

    private readonly ILogger<JournalSystemClient> _logger;

    public JournalSystemClient(IHttpClientFactory httpClientFactory, IOptions<HubAdapterOptions> options, ILogger<JournalSystemClient> logger)
        : base(httpClientFactory, HttpClientName, AdapterResilience.Build(options.Value.Journal)) => _logger = logger;

    public async Task WriteNoteAsync(JournalNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        await PostIdempotentAsync("journal/notes", note, "journal system", cancellationToken);
        LogWritten(note.Id);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Journal note {NoteId} written.")]
    private partial void LogWritten(Guid noteId);
}

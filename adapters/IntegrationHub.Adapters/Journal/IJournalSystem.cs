namespace IntegrationHub.Adapters.Journal;

/// <summary>The journal system: the hub writes notes to it ("Inloggning till 1177", LK5).</summary>
public interface IJournalSystem
{
    /// <summary>Writes a note; idempotent by <see cref="JournalNote.Id"/>, so an outbox retry never writes twice.</summary>
    Task WriteNoteAsync(JournalNote note, CancellationToken cancellationToken);
}

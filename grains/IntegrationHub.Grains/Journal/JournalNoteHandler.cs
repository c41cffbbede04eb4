using System.Text.Json;
using IntegrationHub.Adapters.Journal;
using IntegrationHub.Identity;
using IntegrationHub.Runtime.Outbox;

namespace IntegrationHub.Grains.Journal;

/// <summary>Delivers journal notes from the outbox; the event id is the note id, so a redelivery writes nothing twice.</summary>
internal sealed class JournalNoteHandler(IJournalSystem journal) : IOutboxHandler
{
    public string Topic => JournalNoteRequested.Topic;

    public Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        var note = envelope.Read<JournalNoteRequested>(JsonSerializerOptions.Web);
        return journal.WriteNoteAsync(
            new JournalNote(envelope.Id, Personnummer.Parse(note.Personnummer), note.Title, note.Text, note.WrittenAt),
            cancellationToken);
    }
}

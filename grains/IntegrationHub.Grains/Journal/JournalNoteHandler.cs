using IntegrationHub.Grains.Outbox;
using System.Text.Json;
using IntegrationHub.Adapters.Journal;
using IntegrationHub.Grains.Contracts.Journal;
using IntegrationHub.Identity;

namespace IntegrationHub.Grains.Journal;

/// <summary>Delivers journal notes from the outbox; the event id is the note id, so a redelivery writes nothing twice.</summary>
internal sealed class JournalNoteHandler(IJournalSystem journal) : IOutboxHandler
{
    public string Topic => JournalNoteRequested.Topic;

    public Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        var note = envelope.Read<JournalNoteRequested>();
        return journal.WriteNoteAsync(
            new JournalNote(envelope.Id, Personnummer.Parse(note.Personnummer), note.Title, note.Text, note.WrittenAt),
            cancellationToken);
    }
}

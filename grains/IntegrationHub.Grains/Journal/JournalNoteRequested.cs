using IntegrationHub.Grains.Contracts.Journal;

namespace IntegrationHub.Grains.Journal;

/// <summary>The outbox event behind a note to the resident's journal (LK5); its event id is the note's id.</summary>
public sealed record JournalNoteRequested(string Personnummer, string Title, string Text, DateTimeOffset WrittenAt)
{
    public const string Topic = "journal.note";

    /// <summary>The title the sources give for notes about locks and unlocks.</summary>
    public const string LoginTitle = "Inloggning till 1177";
}

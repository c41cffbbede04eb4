namespace IntegrationHub.Simulators.Control;

public sealed record JournalNoteView(string Personnummer, string Title, string Text, DateTimeOffset WrittenAt);

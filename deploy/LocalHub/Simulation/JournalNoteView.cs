namespace IntegrationHub.LocalHub.Simulation;

internal sealed record JournalNoteView(string Personnummer, string Title, string Text, DateTimeOffset WrittenAt);

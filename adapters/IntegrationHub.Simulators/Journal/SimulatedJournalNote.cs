namespace IntegrationHub.Simulators.Journal;

/// <summary>A note as the journal system received it: <c>{id, personnummer, title, text, writtenAt}</c>.</summary>
public sealed record SimulatedJournalNote(Guid Id, string Personnummer, string Title, string Text, DateTimeOffset WrittenAt);

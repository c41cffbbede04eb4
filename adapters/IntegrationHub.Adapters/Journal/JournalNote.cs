using IntegrationHub.Identity;

namespace IntegrationHub.Adapters.Journal;

public sealed record JournalNote(Guid Id, Personnummer Personnummer, string Title, string Text, DateTimeOffset WrittenAt);

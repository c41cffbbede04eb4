namespace IntegrationHub.Runtime.Storage;

public sealed record IndexRemoval(string Index, string EntryKey);

namespace IntegrationHub.Adapters.Journal;

/// <summary>The journal system client (<c>POST {BaseAddress}journal/notes</c>).</summary>
public sealed record JournalSystemOptions : AdapterClientOptions;

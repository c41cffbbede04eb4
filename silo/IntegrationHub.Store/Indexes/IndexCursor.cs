namespace IntegrationHub.Store.Indexes;

/// <summary>The last row of a page, from which the next page continues.</summary>
public sealed record IndexCursor(string SortKey, string EntryKey);

namespace IntegrationHub.Store.Indexes;

/// <summary>One change to a grain's query rows: the row as it is to be (<see cref="Entry"/>), or its removal (null).</summary>
public sealed record IndexChange(string Index, string EntryKey, IndexEntry? Entry)
{
    public static IndexChange Upsert(IndexEntry entry) => new(entry.Index, entry.EntryKey, entry);

    public static IndexChange Remove(string index, string entryKey) => new(index, entryKey, null);
}

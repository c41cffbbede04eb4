namespace IntegrationHub.Store.Indexes;

/// <summary>The query side: rows grains keep beside their state, read with SQL in pages, never by activating grains.</summary>
public interface IIndexStore
{
    Task<IReadOnlyList<IndexEntry>> QueryAsync(IndexQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Writes rows at once, outside any grain commit: for append-only logs (the audit trail) whose rows must be
    /// durable before an answer leaves. Rows are upserted by (index, entry key), so a retry writes nothing twice.
    /// </summary>
    Task WriteAsync(IReadOnlyList<IndexEntry> entries, CancellationToken cancellationToken);
}

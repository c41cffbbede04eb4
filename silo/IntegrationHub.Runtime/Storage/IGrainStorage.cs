namespace IntegrationHub.Runtime.Storage;

/// <summary>
/// Grain state with optimistic concurrency, committed together with outbox events and index rows. Every provider
/// (memory, SQLite, PostgreSQL) passes the same storage test suite.
/// </summary>
public interface IGrainStorage
{
    Task<StoredState> ReadAsync(GrainId grain, string stateName, CancellationToken cancellationToken);

    /// <summary>Commits atomically; returns the state's new version (0 when the commit wrote no state).</summary>
    /// <exception cref="InconsistentStateException">The stored version is not the expected one; nothing was written.</exception>
    Task<long> CommitAsync(GrainCommit commit, CancellationToken cancellationToken);

    Task<IReadOnlyList<IndexEntry>> QueryIndexAsync(IndexQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Set-based removal of every grain of <paramref name="grainType"/> whose row in <paramref name="index"/> sorts
    /// before <paramref name="sortKeyBefore"/>: its states, reminders and index rows in all indexes, at most
    /// <paramref name="batchSize"/> grains per call. Returns the grains removed, so their files can go too.
    /// </summary>
    Task<IReadOnlyList<GrainId>> PurgeAsync(string index, string grainType, string sortKeyBefore, int batchSize, CancellationToken cancellationToken);
}

namespace IntegrationHub.Store.Retention;

/// <summary>Deletes what the retention rules say must go (CS7) with SQL, never by activating the grains.</summary>
public interface IRetentionStore
{
    /// <returns>The keys of the grains deleted in this batch.</returns>
    Task<IReadOnlyList<string>> PurgeAsync(RetentionPurge purge, CancellationToken cancellationToken);
}

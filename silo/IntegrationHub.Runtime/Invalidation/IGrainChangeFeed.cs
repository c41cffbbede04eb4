namespace IntegrationHub.Runtime.Invalidation;

/// <summary>
/// Committed state changes from every silo sharing the store (LISTEN/NOTIFY in PostgreSQL), so that an activation
/// elsewhere drops its stale copy within a second. A single-process store needs none.
/// </summary>
public interface IGrainChangeFeed
{
    IDisposable Subscribe(Action<GrainStateChanged> observer);
}

namespace IntegrationHub.Simulators.Hosting;

/// <summary>Items in arrival order, at most one per id (a second add of an id stores nothing). Thread-safe.</summary>
internal sealed class IdempotentLog<T>
{
    private readonly Lock _gate = new();
    private readonly List<T> _items = [];
    private readonly HashSet<Guid> _ids = [];

    /// <summary>True when the id was new and the item stored.</summary>
    public bool TryAdd(Guid id, T item)
    {
        lock (_gate)
        {
            if (!_ids.Add(id))
            {
                return false;
            }

            _items.Add(item);
            return true;
        }
    }

    /// <summary>A copy of the items, in arrival order.</summary>
    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }
}

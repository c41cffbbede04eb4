namespace IntegrationHub.Store.Indexes;

/// <summary>
/// Rows of one index, optionally one partition, with sort keys in [<see cref="SortFrom"/>, <see cref="SortTo"/>),
/// ordered by sort key then entry key, starting after <see cref="After"/> (keyset paging).
/// </summary>
public sealed record IndexQuery(
    string Index,
    string? Partition = null,
    string? SortFrom = null,
    string? SortTo = null,
    IndexCursor? After = null,
    int Limit = 100,
    bool Descending = false);

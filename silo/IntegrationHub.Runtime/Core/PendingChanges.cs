using IntegrationHub.Runtime.Storage;

namespace IntegrationHub.Runtime.Core;

/// <summary>What the current turn staged beside its state: committed with the next write, dropped if the turn fails.</summary>
internal sealed class PendingChanges
{
    public List<OutboxMessage> Events { get; } = [];

    public List<IndexEntry> IndexUpserts { get; } = [];

    public List<IndexRemoval> IndexRemovals { get; } = [];

    public bool IsEmpty => Events.Count == 0 && IndexUpserts.Count == 0 && IndexRemovals.Count == 0;

    public GrainCommit ToCommit(StateWrite? state) =>
        new(state, [.. Events], [.. IndexUpserts], [.. IndexRemovals]);

    public void Clear()
    {
        Events.Clear();
        IndexUpserts.Clear();
        IndexRemovals.Clear();
    }
}

namespace IntegrationHub.Runtime.Storage;

/// <summary>Everything one turn commits at once: at most one state write, the events it emits and its index rows.</summary>
public sealed record GrainCommit(
    StateWrite? State,
    IReadOnlyList<OutboxMessage> Events,
    IReadOnlyList<IndexEntry> IndexUpserts,
    IReadOnlyList<IndexRemoval> IndexRemovals)
{
    public bool IsEmpty => State is null && Events.Count == 0 && IndexUpserts.Count == 0 && IndexRemovals.Count == 0;
}

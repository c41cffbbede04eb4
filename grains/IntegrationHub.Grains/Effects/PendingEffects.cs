using System.Text.Json.Serialization;
using IntegrationHub.Store.Effects;
using IntegrationHub.Store.Indexes;

namespace IntegrationHub.Grains.Effects;

/// <summary>
/// What a grain's last commits still owe the world, stored in its state with the change that caused it: outbox events
/// and changes to its query rows. They are applied to the store right after the write, removed from memory once applied
/// (the next write stores that), and applied again, harmlessly, by an activation that finds them in its state.
/// </summary>
public sealed class PendingEffects
{
    public List<OutboxMessage> Events { get; set; } = [];

    public List<IndexChange> Index { get; set; } = [];

    /// <summary>Uploads staged under this grain's key that its commit made its own (a case's message's files).</summary>
    public List<string> KeptAttachments { get; set; } = [];

    [JsonIgnore]
    public bool IsEmpty => Events.Count == 0 && Index.Count == 0 && KeptAttachments.Count == 0;

    /// <summary>A row set or removed again in the same commit replaces the earlier change.</summary>
    public void Change(IndexChange change)
    {
        Index.RemoveAll(c => c.Index == change.Index && c.EntryKey == change.EntryKey);
        Index.Add(change);
    }

    public void Clear()
    {
        Events.Clear();
        Index.Clear();
        KeptAttachments.Clear();
    }
}

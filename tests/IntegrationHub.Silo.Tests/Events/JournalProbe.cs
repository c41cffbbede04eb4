using System.Collections.Concurrent;
using Orleans.Runtime;

namespace IntegrationHub.Silo.Tests.Events;

/// <summary>
/// What the journal handler did on every silo of <see cref="EventDeliveryCluster"/>: each call with the silo it ran on,
/// and, per note id, what its first call does instead of returning: hang after the journal system took the note (the
/// silo dies mid-delivery, as after <c>kill -9</c>), or fail before sending it.
/// </summary>
public sealed class JournalProbe
{
    private readonly ConcurrentQueue<(Guid Note, SiloAddress Silo)> calls = new();
    private readonly ConcurrentDictionary<Guid, FirstCall> first = new();

    public enum FirstCall
    {
        HangAfterSending,
        FailBeforeSending,
    }

    public void OnFirstCall(Guid note, FirstCall behaviour) => first[note] = behaviour;

    public IReadOnlyList<SiloAddress> CallsFor(Guid note) => [.. calls.Where(c => c.Note == note).Select(c => c.Silo)];

    /// <summary>Records a call; returns what it is to do, once per note.</summary>
    internal FirstCall? Record(Guid note, SiloAddress silo)
    {
        calls.Enqueue((note, silo));
        return first.TryRemove(note, out var behaviour) ? behaviour : null;
    }
}

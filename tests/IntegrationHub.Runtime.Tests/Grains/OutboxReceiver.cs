using System.Collections.Concurrent;
using IntegrationHub.Runtime.Outbox;

namespace IntegrationHub.Runtime.Tests.Grains;

/// <summary>Shared by every silo of a test: what arrived, once per event id, and how many deliveries there were.</summary>
public sealed class OutboxReceiver
{
    private readonly ConcurrentDictionary<Guid, OutboxEnvelope> accepted = new();
    private int deliveries;

    public int Deliveries => Volatile.Read(ref deliveries);

    public IReadOnlyCollection<OutboxEnvelope> Accepted => accepted.Values.ToList();

    public bool Has(Guid id) => accepted.ContainsKey(id);

    public void Receive(OutboxEnvelope envelope)
    {
        Interlocked.Increment(ref deliveries);
        accepted.TryAdd(envelope.Id, envelope);
    }
}

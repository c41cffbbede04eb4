namespace IntegrationHub.Grains.Outbox;

/// <summary>
/// An outbox row as it travels on its topic's stream to a consumer grain. The row stays leased to
/// <see cref="LeaseOwner"/> meanwhile; the consumer completes it, or releases it under that lease for a retry.
/// </summary>
/// <param name="Attempt">1 on the first delivery.</param>
[GenerateSerializer]
[Immutable]
[Alias("hub.outbox-event")]
internal sealed record OutboxEvent(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Topic,
    [property: Id(2)] string Payload,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] int Attempt,
    [property: Id(5)] string LeaseOwner)
{
    public OutboxEnvelope ToEnvelope() => new(Id, Topic, Payload, CreatedAt, Attempt);
}

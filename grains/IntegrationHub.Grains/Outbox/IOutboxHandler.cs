namespace IntegrationHub.Grains.Outbox;

/// <summary>Delivers the events of one topic. Delivery is at least once: use <see cref="OutboxEnvelope.Id"/> to drop duplicates.</summary>
public interface IOutboxHandler
{
    string Topic { get; }

    Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken);
}

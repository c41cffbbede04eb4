using IntegrationHub.Runtime.Outbox;

namespace IntegrationHub.Runtime.Tests.Grains;

/// <summary>A receiver that drops duplicates by event id, as the hub's receivers do, and counts raw deliveries too.</summary>
public sealed class RecordingOutboxHandler(OutboxReceiver receiver) : IOutboxHandler
{
    public string Topic => EventEmitterGrain.Topic;

    public Task HandleAsync(OutboxEnvelope envelope, CancellationToken cancellationToken)
    {
        receiver.Receive(envelope);
        return Task.CompletedTask;
    }
}

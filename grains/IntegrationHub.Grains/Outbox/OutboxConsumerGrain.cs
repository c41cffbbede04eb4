using Orleans.Streams;
using Orleans.Streams.Core;

namespace IntegrationHub.Grains.Outbox;

/// <summary>
/// Receives the outbox events of one topic's stream bucket (<see cref="OutboxStreams"/>) and delivers them one at a time
/// through <see cref="OutboxDelivery"/>. Subscribed implicitly to every outbox topic's namespace, so a topic needs only
/// its handler. It holds no state: the outbox row is the durable record, and a consumer that dies leaves it to its lease.
/// Handlers call other grains (an account's contacts, a relationship's end, a case's opening); no grain awaits this one,
/// so that makes no cycle.
/// </summary>
[GrainType("outbox-consumer")]
[RegexImplicitStreamSubscription("^" + OutboxStreams.NamespacePrefix)]
internal sealed class OutboxConsumerGrain(OutboxDelivery delivery) : Grain, IOutboxConsumerGrain, IStreamSubscriptionObserver, IAsyncObserver<OutboxEvent>
{
    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory)
    {
        ArgumentNullException.ThrowIfNull(handleFactory);
        await handleFactory.Create<OutboxEvent>().ResumeAsync(this);
    }

    public Task OnNextAsync(OutboxEvent item, StreamSequenceToken? token = null)
    {
        ArgumentNullException.ThrowIfNull(item);
        return delivery.DeliverAsync(item, CancellationToken.None);
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}

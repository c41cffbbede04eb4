using IntegrationHub.Store.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;

namespace IntegrationHub.Grains.Outbox;

/// <summary>
/// Claims due outbox rows with a lease (FOR UPDATE SKIP LOCKED in PostgreSQL, so the dispatchers of all silos share
/// them) and publishes each on its topic's stream (<see cref="OutboxStreams"/>); a consumer grain handles it and
/// completes or releases the row (<see cref="OutboxDelivery"/>). The row stays leased meanwhile: if the consumer's silo
/// died or the stream lost the event, the lease runs out and the row is published again, so delivery is at least once
/// whatever the stream provider keeps. An event is retried until it is delivered, never dropped.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IOutboxStore store,
    OutboxSignal signal,
    OutboxDelivery delivery,
    IServiceProvider services,
    IOptions<OutboxOptions> options,
    TimeProvider realTime,
    ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 50;

    private readonly OutboxOptions settings = options.Value;
    private IStreamProvider? streams;

    // The provider exists once the silo runs; the dispatcher is made before that, with the silo's lifecycle.
    private IStreamProvider Streams => streams ??= services.GetRequiredKeyedService<IStreamProvider>(OutboxStreams.Provider);

    /// <summary>Publishes one batch of due events as <paramref name="owner"/>; returns how many were claimed.</summary>
    public async Task<int> PublishDueAsync(string owner, CancellationToken cancellationToken)
    {
        var claimed = await store.ClaimAsync(owner, realTime.GetUtcNow(), settings.Lease, BatchSize, cancellationToken);
        await Task.WhenAll(claimed.Select(row => PublishAsync(owner, row, cancellationToken)));
        return claimed.Count;
    }

    /// <summary>
    /// Returns once no event due now is undelivered, leased or not, including those the deliveries cause: what
    /// simulation waits for when its clock moved. Events that failed wait for their back-off, not for this.
    /// </summary>
    public async Task DeliverAllDueAsync(string owner, CancellationToken cancellationToken)
    {
        while (true)
        {
            while (await PublishDueAsync(owner, cancellationToken) == BatchSize)
            {
            }

            if (await store.CountDueAsync(realTime.GetUtcNow(), cancellationToken) == 0)
            {
                return;
            }

            await delivery.WaitForSettledAsync(settings.PollInterval, cancellationToken);
        }
    }

    public async Task RunAsync(string owner, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (await PublishDueAsync(owner, cancellationToken) == BatchSize)
                {
                    continue;
                }

                await signal.WaitAsync(settings.PollInterval, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogWorkerFailed(logger, exception);
                await Task.Delay(settings.PollInterval, realTime, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task PublishAsync(string owner, ClaimedOutboxMessage row, CancellationToken cancellationToken)
    {
        var message = row.Message;
        if (!delivery.Handles(message.Topic))
        {
            LogNoHandler(logger, message.Topic, message.Id);
            await store.ReleaseAsync(message.Id, owner, realTime.GetUtcNow() + OutboxDelivery.NoHandlerRetry, "no handler", cancellationToken);
            return;
        }

        var outboxEvent = new OutboxEvent(message.Id, message.Topic, message.Payload, message.CreatedAt, row.Attempts + 1, owner);
        try
        {
            await Streams.GetStream<OutboxEvent>(OutboxStreams.For(message.Topic, message.Id)).OnNextAsync(outboxEvent);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Not published (a stream queue's silo just died): the lease would bring it back; releasing it is sooner.
            LogPublishFailed(logger, message.Id, message.Topic, exception);
            await store.ReleaseAsync(message.Id, owner, realTime.GetUtcNow() + settings.PollInterval, exception.GetType().Name, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox dispatcher failed; it tries again shortly")]
    private static partial void LogWorkerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "No outbox handler for topic {Topic} (event {EventId}); retried in five minutes")]
    private static partial void LogNoHandler(ILogger logger, string topic, Guid eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox event {EventId} ({Topic}) could not be published; published again shortly")]
    private static partial void LogPublishFailed(ILogger logger, Guid eventId, string topic, Exception exception);
}

using System.Collections.Frozen;
using IntegrationHub.Store.Outbox;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Grains.Outbox;

/// <summary>
/// Claims due outbox rows with a lease (FOR UPDATE SKIP LOCKED in PostgreSQL, so the workers of all silos share them),
/// hands each to its topic's handler, and marks it delivered or schedules a retry with back-off; an event is retried
/// until it is delivered, never dropped.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IOutboxStore store,
    OutboxSignal signal,
    IEnumerable<IOutboxHandler> handlers,
    TimeProvider realTime,
    ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 50;
    // Long enough for a batch of deliveries with their time-outs; a silo that dies holding a lease delays its batch this long.
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private readonly FrozenDictionary<string, IOutboxHandler> byTopic = handlers.ToFrozenDictionary(h => h.Topic, StringComparer.Ordinal);

    // One batch at a time in this process: whoever asks for every due event to be delivered (simulation's clock) waits
    // for the batch the background worker has claimed, instead of finding its rows leased and returning too early.
    private readonly SemaphoreSlim batch = new(1, 1);

    /// <summary>Delivers one batch of due events as <paramref name="owner"/>; returns how many were claimed.</summary>
    public async Task<int> DeliverDueAsync(string owner, CancellationToken cancellationToken)
    {
        await batch.WaitAsync(cancellationToken);
        try
        {
            var claimed = await store.ClaimAsync(owner, realTime.GetUtcNow(), Lease, BatchSize, cancellationToken);
            foreach (var row in claimed)
            {
                await DeliverAsync(owner, row, cancellationToken);
            }

            return claimed.Count;
        }
        finally
        {
            batch.Release();
        }
    }

    public async Task RunAsync(string owner, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (await DeliverDueAsync(owner, cancellationToken) == BatchSize)
                {
                    continue;
                }

                await signal.WaitAsync(PollInterval, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogWorkerFailed(logger, exception);
                await Task.Delay(PollInterval, realTime, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task DeliverAsync(string owner, ClaimedOutboxMessage row, CancellationToken cancellationToken)
    {
        var message = row.Message;
        if (!byTopic.TryGetValue(message.Topic, out var handler))
        {
            LogNoHandler(logger, message.Topic, message.Id);
            await store.ReleaseAsync(message.Id, owner, realTime.GetUtcNow() + TimeSpan.FromMinutes(5), "no handler", cancellationToken);
            return;
        }

        try
        {
            await handler.HandleAsync(new OutboxEnvelope(message.Id, message.Topic, message.Payload, message.CreatedAt, row.Attempts + 1), cancellationToken);
            await store.CompleteAsync(message.Id, owner, realTime.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var backOff = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, row.Attempts)));
            var retryAt = realTime.GetUtcNow() + backOff;
            LogDeliveryFailed(logger, message.Id, message.Topic, row.Attempts + 1, retryAt, exception);
            await store.ReleaseAsync(message.Id, owner, retryAt, exception.GetType().Name, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox worker failed; it tries again shortly")]
    private static partial void LogWorkerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "No outbox handler for topic {Topic} (event {EventId}); retried in five minutes")]
    private static partial void LogNoHandler(ILogger logger, string topic, Guid eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox event {EventId} ({Topic}) failed at attempt {Attempt}; retried at {RetryAt}")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid eventId, string topic, int attempt, DateTimeOffset retryAt, Exception exception);
}

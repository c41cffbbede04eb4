using System.Collections.Frozen;
using IntegrationHub.Store.Outbox;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Grains.Outbox;

/// <summary>
/// What a consumer grain does with an outbox event it received: drops it when the outbox says it was delivered (a
/// republished or redelivered duplicate), else hands it to its topic's <see cref="IOutboxHandler"/> and completes the
/// row, or releases it with back-off when the handler failed. A consumer that dies between the handler and the
/// completion leaves the row leased: it is published again when the lease runs out, so the receiver may see an event
/// twice and drops it by its id.
/// </summary>
internal sealed partial class OutboxDelivery(
    IOutboxStore store,
    IEnumerable<IOutboxHandler> handlers,
    TimeProvider realTime,
    ILogger<OutboxDelivery> logger)
{
    /// <summary>Topics no handler here knows wait this long before they are published again.</summary>
    public static readonly TimeSpan NoHandlerRetry = TimeSpan.FromMinutes(5);

    private readonly FrozenDictionary<string, IOutboxHandler> byTopic = handlers.ToFrozenDictionary(h => h.Topic, StringComparer.Ordinal);

    // Pulsed whenever an event here was settled (delivered, dropped or released), so that whoever waits for the due
    // events of this silo to be handled looks again at once.
    private readonly OutboxSignal settled = new();

    public bool Handles(string topic) => byTopic.ContainsKey(topic);

    /// <summary>Waits until an event was settled on this silo, or the poll interval passed.</summary>
    public Task WaitForSettledAsync(TimeSpan pollInterval, CancellationToken cancellationToken) => settled.WaitAsync(pollInterval, cancellationToken);

    public async Task DeliverAsync(OutboxEvent outboxEvent, CancellationToken cancellationToken)
    {
        try
        {
            await HandleAsync(outboxEvent, cancellationToken);
        }
        finally
        {
            settled.Pulse();
        }
    }

    private async Task HandleAsync(OutboxEvent outboxEvent, CancellationToken cancellationToken)
    {
        if (!await store.IsPendingAsync(outboxEvent.Id, cancellationToken))
        {
            LogDuplicateDropped(logger, outboxEvent.Id, outboxEvent.Topic);
            return;
        }

        if (!byTopic.TryGetValue(outboxEvent.Topic, out var handler))
        {
            // A silo of another version published it; one that knows the topic takes it after the back-off.
            LogNoHandler(logger, outboxEvent.Topic, outboxEvent.Id);
            await store.ReleaseAsync(outboxEvent.Id, outboxEvent.LeaseOwner, realTime.GetUtcNow() + NoHandlerRetry, "no handler", cancellationToken);
            return;
        }

        try
        {
            await handler.HandleAsync(outboxEvent.ToEnvelope(), cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var retryAt = realTime.GetUtcNow() + BackOff(outboxEvent.Attempt);
            LogDeliveryFailed(logger, outboxEvent.Id, outboxEvent.Topic, outboxEvent.Attempt, retryAt, exception);
            await store.ReleaseAsync(outboxEvent.Id, outboxEvent.LeaseOwner, retryAt, exception.GetType().Name, cancellationToken);
            return;
        }

        await store.CompleteAsync(outboxEvent.Id, outboxEvent.LeaseOwner, realTime.GetUtcNow(), cancellationToken);
    }

    /// <summary>1 s after the first failure, doubling up to five minutes.</summary>
    private static TimeSpan BackOff(int attempt) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Max(0, attempt - 1))));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox event {EventId} ({Topic}) was delivered already; the duplicate is dropped")]
    private static partial void LogDuplicateDropped(ILogger logger, Guid eventId, string topic);

    [LoggerMessage(Level = LogLevel.Error, Message = "No outbox handler for topic {Topic} (event {EventId}); retried in five minutes")]
    private static partial void LogNoHandler(ILogger logger, string topic, Guid eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox event {EventId} ({Topic}) failed at attempt {Attempt}; retried at {RetryAt}")]
    private static partial void LogDeliveryFailed(ILogger logger, Guid eventId, string topic, int attempt, DateTimeOffset retryAt, Exception exception);
}

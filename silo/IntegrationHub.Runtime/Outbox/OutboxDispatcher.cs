using System.Collections.Frozen;
using IntegrationHub.Runtime.Core;
using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Outbox;

/// <summary>
/// Claims due outbox rows with a lease (FOR UPDATE SKIP LOCKED in PostgreSQL, so workers on all silos share them),
/// hands each to its topic's handler, and marks it delivered or schedules a retry with back-off.
/// </summary>
internal sealed class OutboxDispatcher(
    IOutboxStore store,
    IEnumerable<IOutboxHandler> handlers,
    SiloRuntime runtime,
    GrainRuntimeOptions options,
    ILogger<OutboxDispatcher> logger)
{
    private readonly FrozenDictionary<string, IOutboxHandler> byTopic = handlers.ToFrozenDictionary(h => h.Topic, StringComparer.Ordinal);

    /// <summary>Delivers one batch of due events; returns how many were claimed.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = runtime.TimeProvider.GetUtcNow();
        var claimed = await store.ClaimAsync(options.SiloId, now, options.OutboxLease, options.OutboxBatchSize, cancellationToken);
        foreach (var row in claimed)
        {
            await DeliverAsync(row, cancellationToken);
        }

        return claimed.Count;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (await runtime.RunGatedAsync(DeliverDueAsync, cancellationToken) == options.OutboxBatchSize)
                {
                    continue;
                }

                await runtime.OutboxSignal.WaitAsync(options.PollInterval, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                RuntimeLog.WorkerFailed(logger, "outbox", exception);
                await Task.Delay(options.PollInterval, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task DeliverAsync(ClaimedOutboxMessage row, CancellationToken cancellationToken)
    {
        var message = row.Message;
        if (!byTopic.TryGetValue(message.Topic, out var handler))
        {
            RuntimeLog.NoOutboxHandler(logger, message.Topic, message.Id);
            await store.ReleaseAsync(message.Id, options.SiloId, runtime.TimeProvider.GetUtcNow() + TimeSpan.FromMinutes(5), "no handler", cancellationToken);
            return;
        }

        try
        {
            await handler.HandleAsync(new OutboxEnvelope(message.Id, message.Topic, message.Payload, message.CreatedAt, row.Attempts + 1), cancellationToken);
            await store.CompleteAsync(message.Id, options.SiloId, runtime.TimeProvider.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var backOff = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, row.Attempts)));
            var retryAt = runtime.TimeProvider.GetUtcNow() + backOff;
            RuntimeLog.OutboxDeliveryFailed(logger, message.Id, message.Topic, row.Attempts + 1, retryAt, exception);
            await store.ReleaseAsync(message.Id, options.SiloId, retryAt, exception.GetType().Name, cancellationToken);
        }
    }
}

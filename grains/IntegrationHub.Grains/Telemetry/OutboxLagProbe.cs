using IntegrationHub.Store.Outbox;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Grains.Telemetry;

/// <summary>Reads the age of the oldest undelivered outbox event every 15 seconds for <see cref="SiloMetrics"/>: one indexed query, not one per scrape.</summary>
internal sealed partial class OutboxLagProbe(IOutboxStore store, SiloMetrics metrics, TimeProvider realTime, ILogger<OutboxLagProbe> logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval, realTime);
        try
        {
            do
            {
                try
                {
                    var oldest = await store.OldestUndeliveredAsync(cancellationToken);
                    metrics.OutboxOldestAge(oldest is { } created ? realTime.GetUtcNow() - created : TimeSpan.Zero);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    LogProbeFailed(logger, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reading the outbox's oldest event for the lag metric failed; tried again shortly")]
    private static partial void LogProbeFailed(ILogger logger, Exception exception);
}

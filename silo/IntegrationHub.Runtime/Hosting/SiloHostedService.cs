using IntegrationHub.Runtime.Core;
using IntegrationHub.Runtime.Invalidation;
using IntegrationHub.Runtime.Outbox;
using IntegrationHub.Runtime.Reminders;
using IntegrationHub.Runtime.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Hosting;

/// <summary>
/// Starts the silo in order (store migrations, change feed, then the outbox, reminder and collection workers) and
/// stops it gracefully (workers first, then every activation deactivated).
/// </summary>
internal sealed class SiloHostedService(
    SiloRuntime runtime,
    IEnumerable<IStoreInitializer> initializers,
    IEnumerable<IGrainChangeFeed> changeFeeds,
    OutboxDispatcher outbox,
    ReminderService reminders,
    GrainRuntimeOptions options,
    ILogger<SiloHostedService> logger) : IHostedService, ISiloControl
{
    private readonly List<Task> workers = [];
    private readonly List<IDisposable> subscriptions = [];

    public string SiloId => options.SiloId;

    public int ActivationCount => runtime.Catalog.Count;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(cancellationToken);
        }

        foreach (var feed in changeFeeds)
        {
            subscriptions.Add(feed.Subscribe(OnStateChanged));
        }

        if (options.RunBackgroundWorkers)
        {
            var stopping = runtime.Stopping;
            workers.Add(Task.Run(() => outbox.RunAsync(stopping), CancellationToken.None));
            workers.Add(Task.Run(() => reminders.RunAsync(stopping), CancellationToken.None));
            workers.Add(Task.Run(() => CollectLoopAsync(stopping), CancellationToken.None));
        }

        RuntimeLog.SiloStarted(logger, options.SiloId);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        runtime.SignalStopping();
        await Task.WhenAll(workers).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var count = runtime.Catalog.Count;
        await runtime.Catalog.DeactivateAllAsync(cancellationToken);
        DisposeSubscriptions();
        RuntimeLog.SiloStopped(logger, options.SiloId, count);
    }

    public async Task RunDueWorkAsync(CancellationToken cancellationToken)
    {
        // Waits for this silo's workers to finish what they claimed; other silos' workers may claim rows meanwhile.
        await runtime.RunGatedAsync(
            async ct =>
            {
                while (await reminders.FireDueAsync(ct) + await outbox.DeliverDueAsync(ct) > 0)
                {
                }

                return 0;
            },
            cancellationToken);
    }

    public Task<int> CollectIdleActivationsAsync(CancellationToken cancellationToken) =>
        runtime.Catalog.CollectIdleAsync(cancellationToken);

    public void Kill()
    {
        runtime.Kill();
        DisposeSubscriptions();
    }

    private void OnStateChanged(GrainStateChanged change)
    {
        if (change.SiloId != options.SiloId)
        {
            runtime.Catalog.Invalidate(change.Grain, change.StateName, change.Version);
        }
    }

    private async Task CollectLoopAsync(CancellationToken cancellationToken)
    {
        // The cadence is real time on purpose: a simulated clock may stand still, yet idle ages are read from it.
        using var timer = new PeriodicTimer(options.CollectionQuantum, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    var collected = await runtime.Catalog.CollectIdleAsync(cancellationToken);
                    RuntimeLog.Collected(logger, collected);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    RuntimeLog.WorkerFailed(logger, "collector", exception);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private void DisposeSubscriptions()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }

        subscriptions.Clear();
    }
}

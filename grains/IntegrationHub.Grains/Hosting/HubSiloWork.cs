using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Effects;
using IntegrationHub.Grains.Outbox;
using IntegrationHub.Grains.Telemetry;
using IntegrationHub.Store.Assertions;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace IntegrationHub.Grains.Hosting;

/// <summary>
/// The silo's own work, started once the silo is active and stopped before it leaves: the outbox dispatcher, the recovery
/// of effects a crash left owed, forgetting expired assertion ids, and the reminders of the daily and retention work.
/// Also what simulation calls when its clock moves (<see cref="IHubSiloWork"/>).
/// </summary>
internal sealed partial class HubSiloWork : ILifecycleParticipant<ISiloLifecycle>, IHubSiloWork
{
    private readonly OutboxDispatcher outbox;
    private readonly EffectRecovery recovery;
    private readonly IUsedAssertionStore assertions;
    private readonly HubGrains grains;
    private readonly ILocalSiloDetails silo;
    private readonly TimeProvider realTime;
    private readonly ILogger<HubSiloWork> logger;
    private readonly OutboxLagProbe outboxLag;
    private readonly List<Task> loops = [];
    private CancellationTokenSource? stopping;

    public HubSiloWork(
        OutboxDispatcher outbox,
        EffectRecovery recovery,
        IUsedAssertionStore assertions,
        HubGrains grains,
        ILocalSiloDetails silo,
        TimeProvider realTime,
        ILogger<HubSiloWork> logger,
        OutboxLagProbe outboxLag)
    {
        this.outboxLag = outboxLag;
        this.outbox = outbox;
        this.recovery = recovery;
        this.assertions = assertions;
        this.grains = grains;
        this.silo = silo;
        this.realTime = realTime;
        this.logger = logger;
    }

    private string Owner => silo.SiloAddress.ToString();

    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(HubSiloWork), ServiceLifecycleStage.Active, StartAsync, StopAsync);
    }

    public async Task RunDueWorkAsync(CancellationToken cancellationToken)
    {
        await DeliverAllAsync(cancellationToken);
        await grains.DailyWork().RunAsync();
        await grains.CaseRetention().SweepAsync();
        await DeliverAllAsync(cancellationToken);
    }

    public async Task DeliverAllAsync(CancellationToken cancellationToken)
    {
        await recovery.RecoverAsync(TimeSpan.Zero, cancellationToken);
        await outbox.DeliverAllDueAsync(Owner, cancellationToken);
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        await grains.DailyWork().EnsureScheduledAsync();
        await grains.CaseRetention().EnsureScheduledAsync();
        stopping = new CancellationTokenSource();
        var token = stopping.Token;
        loops.Add(Task.Run(() => outbox.RunAsync(Owner, token), CancellationToken.None));
        loops.Add(Task.Run(() => recovery.RunAsync(token), CancellationToken.None));
        loops.Add(Task.Run(() => ForgetExpiredAssertionsAsync(token), CancellationToken.None));
        loops.Add(Task.Run(() => outboxLag.RunAsync(token), CancellationToken.None));
        LogStarted(logger, Owner);
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        if (stopping is null)
        {
            return;
        }

        await stopping.CancelAsync();
        await Task.WhenAll(loops).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stopping.Dispose();
        stopping = null;
    }

    private async Task ForgetExpiredAssertionsAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10), realTime);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    // Kept a minute past expiry: validators allow that much clock skew.
                    await assertions.ForgetExpiredAsync(realTime.GetUtcNow() - TimeSpan.FromMinutes(1), cancellationToken);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    LogHousekeepingFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub work started on silo {Silo}: outbox, effect recovery, daily and retention reminders")]
    private static partial void LogStarted(ILogger logger, string silo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forgetting expired assertion ids failed; tried again in ten minutes")]
    private static partial void LogHousekeepingFailed(ILogger logger, Exception exception);
}

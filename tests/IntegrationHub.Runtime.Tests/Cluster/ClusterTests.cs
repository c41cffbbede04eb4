using System.Diagnostics;
using IntegrationHub.Runtime.Tests.Grains;
using IntegrationHub.TestCluster;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Runtime.Tests.Cluster;

/// <summary>Several silos in this process on one PostgreSQL database (a fresh database per test).</summary>
public sealed class ClusterTests : IAsyncLifetime
{
    private readonly OutboxReceiver receiver = new();
    private PostgresDatabase database = null!;

    public async Task InitializeAsync() => database = await PostgresDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Call_ThousandConcurrentCallsToOneGrain_RunOneAtATime()
    {
        await using var cluster = await StartClusterAsync(1);
        var probe = cluster.Silos[0].GrainFactory.GetGrain<ITurnProbeGrain>("probe");

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => probe.EnterAsync(2))));

        Assert.Equal(1000, await probe.GetCompletedAsync());
        Assert.Equal(Enumerable.Range(1, 1000), results.Order());
    }

    [Fact]
    public async Task Increment_TenThousandTimesThroughTwoSilosAtOnce_EndsAtExactlyTenThousand()
    {
        await using var cluster = await StartClusterAsync(2);
        var conflictsSurfaced = 0;

        async Task IncrementAsync(ICounterGrain counter)
        {
            while (true)
            {
                try
                {
                    await counter.IncrementAsync();
                    return;
                }
                catch (InconsistentStateException)
                {
                    // The runtime already retried once on fresh state; nothing was committed, so sending again is safe.
                    Interlocked.Increment(ref conflictsSurfaced);
                }
            }
        }

        var callers = cluster.Silos.SelectMany(silo => Enumerable.Range(0, 8).Select(_ => silo.GrainFactory.GetGrain<ICounterGrain>("shared")))
            .Select(counter => Task.Run(async () =>
            {
                for (var i = 0; i < 625; i++)
                {
                    await IncrementAsync(counter);
                }
            }));
        await Task.WhenAll(callers);

        Assert.Equal(10_000, await cluster.Silos[0].GrainFactory.GetGrain<ICounterGrain>("shared").GetFreshAsync());
        Assert.Equal(10_000, await cluster.Silos[1].GrainFactory.GetGrain<ICounterGrain>("shared").GetFreshAsync());
    }

    [Fact]
    public async Task Write_ThroughSiloA_IsSeenByReadThroughSiloBWithinOneSecond()
    {
        await using var cluster = await StartClusterAsync(2);
        var viaA = cluster.Silos[0].GrainFactory.GetGrain<ICounterGrain>("seen");
        var viaB = cluster.Silos[1].GrainFactory.GetGrain<ICounterGrain>("seen");
        await viaA.IncrementAsync();
        Assert.Equal(1, await viaB.GetAsync());

        await viaA.IncrementAsync();
        var watch = Stopwatch.StartNew();
        long seen;
        do
        {
            // A plain read, not a fresh one: only the invalidation can make B's activation see the new value.
            seen = await viaB.GetAsync();
        }
        while (seen != 2 && watch.Elapsed < TimeSpan.FromSeconds(3));

        Assert.Equal(2, seen);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"B saw A's write after {watch.Elapsed.TotalMilliseconds} ms.");
    }

    [Fact]
    public async Task Outbox_EventCommittedJustBeforeSiloIsKilled_IsDeliveredAfterRestartOnce()
    {
        await using var cluster = await StartClusterAsync(0);
        var doomed = await cluster.StartSiloAsync(o => o.RunBackgroundWorkers = false);
        var eventId = await doomed.GrainFactory.GetGrain<IEventEmitterGrain>("crash").RecordAsync("before the crash");
        await cluster.KillSiloAsync(doomed);
        Assert.Empty(receiver.Accepted);

        var survivor = await cluster.StartSiloAsync();
        await survivor.Control.RunDueWorkAsync(default);
        await survivor.Control.RunDueWorkAsync(default);

        var delivered = Assert.Single(receiver.Accepted);
        Assert.Equal(eventId, delivered.Id);
        Assert.Equal(1, await survivor.GrainFactory.GetGrain<IEventEmitterGrain>("crash").GetCountAsync());
    }

    [Fact]
    public async Task Reminder_DueWhileTwoSilosRun_FiresOnce()
    {
        await using var cluster = await StartClusterAsync(2);
        var alarm = cluster.Silos[0].GrainFactory.GetGrain<IAlarmGrain>("both");
        await alarm.SetAsync(cluster.Clock.GetUtcNow().AddMinutes(10));

        cluster.Clock.Advance(TimeSpan.FromMinutes(11));
        await Task.WhenAll(cluster.Silos.Select(s => s.Control.RunDueWorkAsync(default)));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await Task.WhenAll(cluster.Silos.Select(s => s.Control.RunDueWorkAsync(default)));

        Assert.Equal(1, await cluster.Silos[1].GrainFactory.GetGrain<IAlarmGrain>("both").GetFiredAsync());
        Assert.Equal(1, await alarm.GetFiredAsync());
    }

    [Fact]
    public async Task Reminder_DueWhileEverySiloIsDown_FiresAtRestart()
    {
        await using var cluster = await StartClusterAsync(1);
        await cluster.Silos[0].GrainFactory.GetGrain<IAlarmGrain>("down").SetAsync(cluster.Clock.GetUtcNow().AddHours(1));
        await cluster.StopSiloAsync(cluster.Silos[0]);

        cluster.Clock.Advance(TimeSpan.FromHours(3));
        var restarted = await cluster.StartSiloAsync();
        await restarted.Control.RunDueWorkAsync(default);

        Assert.Equal(1, await restarted.GrainFactory.GetGrain<IAlarmGrain>("down").GetFiredAsync());
    }

    [Fact]
    public async Task Collect_IdleActivation_IsCollectedAndReactivatesWithItsState()
    {
        await using var cluster = await StartClusterAsync(1);
        var silo = cluster.Silos[0];
        var counter = silo.GrainFactory.GetGrain<ICounterGrain>("idle");
        await counter.IncrementAsync();

        cluster.Clock.Advance(TimeSpan.FromMinutes(16));
        var collected = await silo.Control.CollectIdleActivationsAsync(default);

        Assert.Equal(1, collected);
        Assert.Equal(1, await counter.GetAsync());
        Assert.Equal(2, await counter.GetActivationCountAsync());
    }

    private Task<IntegrationHub.TestCluster.TestCluster> StartClusterAsync(int silos) =>
        IntegrationHub.TestCluster.TestCluster.StartAsync(
            database.ConnectionString,
            silos,
            runtime => runtime.AddGrainsFrom(typeof(CounterGrain).Assembly).AddOutboxHandler<RecordingOutboxHandler>(),
            services => services.AddSingleton(receiver));
}

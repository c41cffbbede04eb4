using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Runtime.Storage.Memory;
using IntegrationHub.Runtime.Tests.Grains;

namespace IntegrationHub.Runtime.Tests.Core;

public sealed class GrainRuntimeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Call_ThousandConcurrentCallsToOneGrain_RunOneTurnAtATime()
    {
        await using var silo = await LocalSilo.StartAsync(new MemoryGrainStore(), new SettableTimeProvider(Start));
        var probe = silo.Grains.GetGrain<ITurnProbeGrain>("one");

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => probe.EnterAsync(3))));

        Assert.Equal(1000, await probe.GetCompletedAsync());
        Assert.Equal(Enumerable.Range(1, 1000), results.Order());
    }

    [Fact]
    public async Task Write_PersistsStateAcrossActivations()
    {
        var store = new MemoryGrainStore();
        var clock = new SettableTimeProvider(Start);
        await using (var first = await LocalSilo.StartAsync(store, clock))
        {
            await first.Grains.GetGrain<ICounterGrain>("c").IncrementAsync();
            await first.Grains.GetGrain<ICounterGrain>("c").IncrementAsync();
        }

        await using var second = await LocalSilo.StartAsync(store, clock);
        Assert.Equal(2, await second.Grains.GetGrain<ICounterGrain>("c").GetAsync());
    }

    [Fact]
    public async Task Collect_IdleActivation_IsCollectedAndReactivatesWithItsState()
    {
        var clock = new SettableTimeProvider(Start);
        await using var silo = await LocalSilo.StartAsync(new MemoryGrainStore(), clock);
        var counter = silo.Grains.GetGrain<ICounterGrain>("idle");
        await counter.IncrementAsync();

        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(0, await silo.Control.CollectIdleActivationsAsync(default));
        clock.Advance(TimeSpan.FromMinutes(2));
        var collected = await silo.Control.CollectIdleActivationsAsync(default);

        Assert.Equal(1, collected);
        Assert.Equal(0, silo.Control.ActivationCount);
        Assert.Equal(1, await counter.GetAsync());
        Assert.Equal(2, await counter.GetActivationCountAsync());
    }

    [Fact]
    public async Task Call_TwoSilosOnOneStore_LosingWriterRetriesOnFreshState()
    {
        var store = new MemoryGrainStore();
        var clock = new SettableTimeProvider(Start);
        await using var a = await LocalSilo.StartAsync(store, clock);
        await using var b = await LocalSilo.StartAsync(store, clock);
        var viaA = a.Grains.GetGrain<ICounterGrain>("shared");
        var viaB = b.Grains.GetGrain<ICounterGrain>("shared");

        await viaA.IncrementAsync();
        await viaB.IncrementAsync();
        // A's activation still holds version 2 from before B wrote: its write loses, it retires, the call runs again.
        var value = await viaA.IncrementAsync();

        Assert.Equal(3, value);
        Assert.Equal(3, await viaB.GetFreshAsync());
    }

    [Fact]
    public async Task Emit_WithStateWrite_IsDeliveredOnce()
    {
        var receiver = new OutboxReceiver();
        await using var silo = await LocalSilo.StartAsync(new MemoryGrainStore(), new SettableTimeProvider(Start), receiver);

        var id = await silo.Grains.GetGrain<IEventEmitterGrain>("e").RecordAsync("hello");
        await silo.Control.RunDueWorkAsync(default);

        var delivered = Assert.Single(receiver.Accepted);
        Assert.Equal(id, delivered.Id);
        Assert.Contains("hello", delivered.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emit_InATurnThatFails_IsNeverCommitted()
    {
        var store = new MemoryGrainStore();
        var receiver = new OutboxReceiver();
        await using var silo = await LocalSilo.StartAsync(store, new SettableTimeProvider(Start), receiver);
        var emitter = silo.Grains.GetGrain<IEventEmitterGrain>("f");

        await Assert.ThrowsAsync<InvalidOperationException>(() => emitter.FailAfterEmittingAsync("never"));
        await emitter.RecordAsync("after");
        await silo.Control.RunDueWorkAsync(default);

        var delivered = Assert.Single(receiver.Accepted);
        Assert.Contains("after", delivered.Payload, StringComparison.Ordinal);
        Assert.Equal(0, await store.CountUndeliveredAsync(default));
    }

    [Fact]
    public async Task Reminder_DueOnTheClock_FiresOnceWhenWorkRuns()
    {
        var clock = new SettableTimeProvider(Start);
        await using var silo = await LocalSilo.StartAsync(new MemoryGrainStore(), clock);
        var alarm = silo.Grains.GetGrain<IAlarmGrain>("a");
        await alarm.SetAsync(Start.AddHours(1));

        await silo.Control.RunDueWorkAsync(default);
        var beforeDue = await alarm.GetFiredAsync();
        clock.Advance(TimeSpan.FromHours(2));
        await silo.Control.RunDueWorkAsync(default);
        await silo.Control.RunDueWorkAsync(default);

        Assert.Equal(0, beforeDue);
        Assert.Equal(1, await alarm.GetFiredAsync());
    }

    [Fact]
    public async Task GetGrain_UnknownInterface_FailsWithClearMessage()
    {
        await using var silo = await LocalSilo.StartAsync(new MemoryGrainStore(), new SettableTimeProvider(Start));

        var error = Assert.Throws<InvalidOperationException>(() => silo.Grains.GetGrain<IUnimplementedGrain>("x"));

        Assert.Contains(nameof(IUnimplementedGrain), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timer_Ticks_RunAsTurnsAndStopWhenDisposed()
    {
        await using var silo = await LocalSilo.StartAsync(new MemoryGrainStore(), new SettableTimeProvider(Start));
        var ticker = silo.Grains.GetGrain<ITickerGrain>("t");
        await ticker.StartAsync(TimeSpan.FromMilliseconds(10));

        // Calls interleave with ticks; either side throws if a tick and a call ever overlap.
        await Task.WhenAll(Enumerable.Range(0, 200).Select(async _ =>
        {
            await Task.Delay(Random.Shared.Next(1, 20));
            await ticker.GetTicksAsync();
        }));
        while (await ticker.GetTicksAsync() < 5)
        {
            await Task.Delay(10);
        }

        await ticker.StopAsync();
        var stopped = await ticker.GetTicksAsync();
        await Task.Delay(100);

        Assert.Equal(stopped, await ticker.GetTicksAsync());
    }

    [Fact]
    public async Task Collect_MoreActivationsThanTheCap_CollectsLeastRecentlyUsedDownToTheCap()
    {
        var clock = new SettableTimeProvider(Start);
        await using var silo = await LocalSilo.StartAsync(new MemoryGrainStore(), clock, configure: o => o.MaxActivations = 10);
        for (var i = 0; i < 25; i++)
        {
            await silo.Grains.GetGrain<ITurnProbeGrain>($"p{i}").PingAsync();
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var collected = await silo.Control.CollectIdleActivationsAsync(default);

        Assert.Equal(15, collected);
        Assert.Equal(10, silo.Control.ActivationCount);
        // The ten most recently used stayed: their in-memory counters continue.
        Assert.Equal(2, await silo.Grains.GetGrain<ITurnProbeGrain>("p24").PingAsync());
        Assert.Equal(1, await silo.Grains.GetGrain<ITurnProbeGrain>("p0").PingAsync());
    }
}

using System.Diagnostics;
using System.Globalization;
using IntegrationHub.Benchmarks.Grains;
using IntegrationHub.Benchmarks.Harness;
using IntegrationHub.Benchmarks.Hosting;
using IntegrationHub.Simulators;
using IntegrationHub.Testing;

namespace IntegrationHub.Benchmarks.Runtime;

/// <summary>
/// Orleans itself in a hub silo, bounded in count and time: calls to active grains (from outside any grain through the
/// silo's <see cref="IGrainFactory"/>, and from grains), the first call to a grain whose state is in PostgreSQL, and
/// state writes to PostgreSQL.
/// </summary>
internal static class RuntimeScenarios
{
    private const int Pings = 1000;

    public static async Task<int> CallsAsync(string[] args)
    {
        var seconds = Cli.Int(args, "--seconds", 10);
        await using var fleet = await SimulatorFleet.StartAsync(TimeProvider.System, CancellationToken.None);

        // No I/O on this path: the local hub's store (SQLite, localhost clustering) keeps PostgreSQL out of it.
        await using var silo = await BenchSilo.StartAsync(null, fleet, TimeProvider.System);
        var grains = Enumerable.Range(0, Pings).Select(i => silo.Grains.GetGrain<IPingGrain>($"g{i}")).ToArray();
        foreach (var grain in grains)
        {
            await grain.PingAsync(0);
        }

        Console.WriteLine($"silo up, {Pings:N0} ping grains active; load {Machine.Load()}");
        foreach (var callers in new[] { 2, 100 })
        {
            await FactoryCallsAsync(grains, callers, TimeSpan.FromSeconds(2)); // JIT and thread pool warm-up
            var cpu = Machine.OwnCpu();
            var run = await FactoryCallsAsync(grains, callers, TimeSpan.FromSeconds(seconds));
            Console.WriteLine($"grain calls via the silo's IGrainFactory, {callers} callers: {run}; {CpuPerOp(Machine.OwnCpu() - cpu, run.Operations)}; load {Machine.Load()}");
        }

        foreach (var callers in new[] { 2, 100 })
        {
            await GrainCallsAsync(silo.Grains, callers, 2_000);
            var cpu = Machine.OwnCpu();
            var run = await GrainCallsAsync(silo.Grains, callers, seconds * 1000);
            Console.WriteLine($"grain calls from grains, {callers} caller grains: {run}; {CpuPerOp(Machine.OwnCpu() - cpu, run.Operations)}; load {Machine.Load()}");
        }

        return 0;
    }

    /// <summary>First calls to grains whose state is stored in PostgreSQL: one activation and one state read each.</summary>
    public static async Task<int> ColdAsync(string[] args)
    {
        var count = Cli.Int(args, "--count", 5_000);
        await using var fleet = await SimulatorFleet.StartAsync(TimeProvider.System, CancellationToken.None);
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var writer = await BenchSilo.StartAsync(database.ConnectionString, fleet, TimeProvider.System))
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
                await writer.Grains.GetGrain<IStoredGrain>($"cold-{i}").WriteAsync());
        }

        // A new silo on the same database: every grain is cold and its state is only in the table.
        await using var reader = await BenchSilo.StartAsync(database.ConnectionString, fleet, TimeProvider.System);
        var cold = reader.Grains;
        for (var i = 0; i < 200; i++)
        {
            if (await cold.GetGrain<IStoredGrain>($"cold-{i}").ReadAsync() != 1)
            {
                throw new InvalidOperationException("A cold grain did not read the state the first silo wrote.");
            }
        }

        var load = Machine.Load();
        var recorder = new LatencyRecorder(count);
        var cpu = Machine.OwnCpu();
        var watch = Stopwatch.StartNew();
        for (var i = 200; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await cold.GetGrain<IStoredGrain>($"cold-{i}").ReadAsync();
            recorder.Record(Stopwatch.GetTimestamp() - start);
        }

        var run = LatencyRecorder.Summarize([recorder], watch.Elapsed, recorder.Count);
        Console.WriteLine($"cold activation from PostgreSQL (ADO.NET grain storage), sequential: {run}; {CpuPerOp(Machine.OwnCpu() - cpu, run.Operations)} (silo; PostgreSQL's own CPU not counted); load {load} -> {Machine.Load()}");

        // The peer: the provider's own read statement for the same rows, through Npgsql alone.
        await using var peer = await StoragePeer.OpenAsync(database.ConnectionString, reader.Options.ServiceId);
        var peerRun = await SequentialAsync(200, count, async i =>
        {
            if (await peer.ReadAsync(StoredGrain.TypeName, $"cold-{i}", StoredGrain.StateName) == 0)
            {
                throw new InvalidOperationException("The peer's read found no state: its key is not the provider's.");
            }
        });
        Console.WriteLine($"peer, the same read statement alone (Npgsql), sequential: {peerRun.Summary}; {CpuPerOp(peerRun.Cpu, peerRun.Summary.Operations)}; load {Machine.Load()}");
        Console.WriteLine(Ratio("cold activation", run, peerRun.Summary));
        return 0;
    }

    /// <summary>State writes to PostgreSQL (the provider's conditional write on the version) from 1 and 16 grains at once.</summary>
    public static async Task<int> WritesAsync(string[] args)
    {
        await using var fleet = await SimulatorFleet.StartAsync(TimeProvider.System, CancellationToken.None);
        await using var database = await PostgresDatabase.CreateAsync();
        await using var silo = await BenchSilo.StartAsync(database.ConnectionString, fleet, TimeProvider.System);
        await using var peer = await StoragePeer.OpenAsync(database.ConnectionString, silo.Options.ServiceId);
        foreach (var (writers, each) in new[] { (1, Cli.Int(args, "--count", 5_000)), (16, Cli.Int(args, "--count16", 1_000)) })
        {
            var grains = Enumerable.Range(0, writers).Select(i => silo.Grains.GetGrain<IStoredGrain>($"write-{writers}-{i}")).ToArray();
            foreach (var grain in grains)
            {
                for (var i = 0; i < 20; i++)
                {
                    await grain.WriteAsync();
                }
            }

            var load = Machine.Load();
            var recorders = grains.Select(_ => new LatencyRecorder(each)).ToArray();
            var cpu = Machine.OwnCpu();
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(grains.Select((grain, w) => Task.Run(async () =>
            {
                for (var i = 0; i < each; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    await grain.WriteAsync();
                    recorders[w].Record(Stopwatch.GetTimestamp() - start);
                }
            })));
            var run = LatencyRecorder.Summarize(recorders, watch.Elapsed, (long)writers * each);
            Console.WriteLine($"state write to PostgreSQL, {writers} writer(s): {run}; {CpuPerOp(Machine.OwnCpu() - cpu, run.Operations)} (silo); load {load} -> {Machine.Load()}");

            // The peer: the provider's own write statement (same payload, same conditional version), through Npgsql alone.
            var payload = silo.StorageSerializer.Serialize(new StoredState { Counter = 1 }).ToArray();
            var versions = new int[writers];
            for (var w = 0; w < writers; w++)
            {
                versions[w] = await peer.WriteAsync(StoredGrain.TypeName, $"peer-{writers}-{w}", StoredGrain.StateName, null, payload);
                for (var i = 0; i < 20; i++)
                {
                    versions[w] = await peer.WriteAsync(StoredGrain.TypeName, $"peer-{writers}-{w}", StoredGrain.StateName, versions[w], payload);
                }
            }

            var peerRecorders = Enumerable.Range(0, writers).Select(_ => new LatencyRecorder(each)).ToArray();
            var peerCpu = Machine.OwnCpu();
            var peerWatch = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
            {
                for (var i = 0; i < each; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    versions[w] = await peer.WriteAsync(StoredGrain.TypeName, $"peer-{writers}-{w}", StoredGrain.StateName, versions[w], payload);
                    peerRecorders[w].Record(Stopwatch.GetTimestamp() - start);
                }
            })));
            var peerRun = LatencyRecorder.Summarize(peerRecorders, peerWatch.Elapsed, (long)writers * each);
            Console.WriteLine($"peer, the same write statement alone (Npgsql), {writers} writer(s): {peerRun}; {CpuPerOp(Machine.OwnCpu() - peerCpu, peerRun.Operations)}; load {Machine.Load()}");
            Console.WriteLine(Ratio($"state write, {writers} writer(s)", run, peerRun));
        }

        return 0;
    }

    private static string Ratio(string what, LatencySummary silo, LatencySummary peer) => string.Create(
        CultureInfo.InvariantCulture,
        $"ratio, {what}: throughput {silo.PerSecond / peer.PerSecond:F2} x the peer's; p50 +{(silo.P50Micros - peer.P50Micros):F0} µs, p99 +{(silo.P99Micros - peer.P99Micros):F0} µs over the peer");

    private static async Task<(LatencySummary Summary, TimeSpan Cpu)> SequentialAsync(int from, int to, Func<int, Task> operation)
    {
        var recorder = new LatencyRecorder(to - from);
        var cpu = Machine.OwnCpu();
        var watch = Stopwatch.StartNew();
        for (var i = from; i < to; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await operation(i);
            recorder.Record(Stopwatch.GetTimestamp() - start);
        }

        return (LatencyRecorder.Summarize([recorder], watch.Elapsed, recorder.Count), Machine.OwnCpu() - cpu);
    }

    private static string CpuPerOp(TimeSpan cpu, long operations) =>
        string.Create(CultureInfo.InvariantCulture, $"{cpu.TotalMilliseconds * 1000 / Math.Max(1, operations):F1} µs CPU per call in this process");

    private static async Task<LatencySummary> FactoryCallsAsync(IPingGrain[] grains, int callers, TimeSpan duration)
    {
        var recorders = Enumerable.Range(0, callers).Select(_ => new LatencyRecorder(20_000_000 / callers)).ToArray();
        var operations = new long[callers];
        using var stop = new CancellationTokenSource(duration);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(w => Task.Run(async () =>
        {
            var recorder = recorders[w];
            var index = w * 7;
            long done = 0;
            while (!stop.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                await grains[index++ % grains.Length].PingAsync(index);
                recorder.Record(Stopwatch.GetTimestamp() - start);
                done++;
            }

            operations[w] = done;
        })));
        return LatencyRecorder.Summarize(recorders, watch.Elapsed, operations.Sum());
    }

    private static async Task<LatencySummary> GrainCallsAsync(IGrainFactory factory, int callers, int milliseconds)
    {
        var watch = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, callers).Select(i =>
            factory.GetGrain<ICallerGrain>(i).RunAsync(Pings, milliseconds, 4_000_000 / callers)));
        var elapsed = watch.Elapsed;
        var recorder = new LatencyRecorder(results.Sum(r => r.Samples.Length));
        foreach (var ticks in results.SelectMany(r => r.Samples))
        {
            recorder.Record(ticks);
        }

        // The callers' own loops: their time, not the time of the call that started them.
        return LatencyRecorder.Summarize([recorder], TimeSpan.FromMilliseconds(Math.Min(milliseconds, elapsed.TotalMilliseconds)), results.Sum(r => r.Calls));
    }
}

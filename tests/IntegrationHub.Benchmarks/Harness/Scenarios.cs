using System.Diagnostics;
using IntegrationHub.Benchmarks.Grains;
using IntegrationHub.Benchmarks.Runtime;
using IntegrationHub.TestCluster;

namespace IntegrationHub.Benchmarks.Harness;

/// <summary>Bounded load runs (count and time) that report throughput and latency percentiles.</summary>
internal static class Scenarios
{
    /// <summary>Calls to 1,000 active grains with no I/O from <paramref name="workers"/> concurrent callers.</summary>
    public static async Task<LatencySummary> GrainCallsAsync(int workers, TimeSpan duration)
    {
        await using var silo = await MemorySilo.StartAsync();
        var grains = Enumerable.Range(0, 1000).Select(i => silo.Grains.GetGrain<IPingGrain>($"g{i}")).ToArray();
        foreach (var grain in grains)
        {
            await grain.PingAsync(0);
        }

        // Warm up the JIT and the thread pool before measuring.
        await RunCallersAsync(grains, workers, TimeSpan.FromSeconds(2));
        return await RunCallersAsync(grains, workers, duration);
    }

    /// <summary>First calls to grains whose state is stored in PostgreSQL: one activation and one read each.</summary>
    public static async Task<LatencySummary> ColdActivationsAsync(int count)
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var writer = await StartClusterAsync(database))
        {
            var factory = writer.Silos[0].GrainFactory;
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
                await factory.GetGrain<IStoredGrain>($"cold-{i}").WriteAsync());
        }

        await using var reader = await StartClusterAsync(database);
        var cold = reader.Silos[0].GrainFactory;
        for (var i = 0; i < 200; i++)
        {
            await cold.GetGrain<IStoredGrain>($"cold-{i}").ReadAsync();
        }

        var recorder = new LatencyRecorder(count);
        var watch = Stopwatch.StartNew();
        for (var i = 200; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await cold.GetGrain<IStoredGrain>($"cold-{i}").ReadAsync();
            recorder.Record(Stopwatch.GetTimestamp() - start);
        }

        return LatencyRecorder.Summarize([recorder], watch.Elapsed, recorder.Count);
    }

    /// <summary>State writes to PostgreSQL, each a conditional update on the version, from <paramref name="workers"/> grains at once.</summary>
    public static async Task<LatencySummary> StateWritesAsync(int workers, int writesPerWorker)
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var cluster = await StartClusterAsync(database);
        var factory = cluster.Silos[0].GrainFactory;
        var grains = Enumerable.Range(0, workers).Select(i => factory.GetGrain<IStoredGrain>($"write-{i}")).ToArray();
        foreach (var grain in grains)
        {
            for (var i = 0; i < 20; i++)
            {
                await grain.WriteAsync();
            }
        }

        var recorders = grains.Select(_ => new LatencyRecorder(writesPerWorker)).ToArray();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(grains.Select((grain, w) => Task.Run(async () =>
        {
            for (var i = 0; i < writesPerWorker; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await grain.WriteAsync();
                recorders[w].Record(Stopwatch.GetTimestamp() - start);
            }
        })));
        return LatencyRecorder.Summarize(recorders, watch.Elapsed, (long)workers * writesPerWorker);
    }

    private static Task<IntegrationHub.TestCluster.TestCluster> StartClusterAsync(PostgresDatabase database) =>
        IntegrationHub.TestCluster.TestCluster.StartAsync(database.ConnectionString, 1, runtime => runtime.AddGrainsFrom(typeof(StoredGrain).Assembly));

    private static async Task<LatencySummary> RunCallersAsync(IPingGrain[] grains, int workers, TimeSpan duration)
    {
        var recorders = Enumerable.Range(0, workers).Select(_ => new LatencyRecorder(20_000_000 / workers)).ToArray();
        var operations = new long[workers];
        using var stop = new CancellationTokenSource(duration);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var recorder = recorders[w];
            var index = w * 7;
            long done = 0;
            while (!stop.IsCancellationRequested)
            {
                for (var i = 0; i < 64; i++)
                {
                    var grain = grains[index++ % grains.Length];
                    var start = Stopwatch.GetTimestamp();
                    await grain.PingAsync(i);
                    recorder.Record(Stopwatch.GetTimestamp() - start);
                }

                done += 64;
                // Calls to idle activations complete on the caller's thread; yielding lets all callers take turns.
                await Task.Yield();
            }

            operations[w] = done;
        })));
        return LatencyRecorder.Summarize(recorders, watch.Elapsed, operations.Sum());
    }
}

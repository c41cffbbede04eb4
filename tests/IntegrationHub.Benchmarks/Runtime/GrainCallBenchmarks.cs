using BenchmarkDotNet.Attributes;
using IntegrationHub.Benchmarks.Grains;

namespace IntegrationHub.Benchmarks.Runtime;

/// <summary>The cost of one call to an active grain with no I/O, through the interface proxy and the turn gate.</summary>
[MemoryDiagnoser]
public class GrainCallBenchmarks
{
    private MemorySilo silo = null!;
    private IPingGrain grain = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        silo = await MemorySilo.StartAsync();
        grain = silo.Grains.GetGrain<IPingGrain>("bench");
        await grain.PingAsync(0);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await silo.DisposeAsync();

    [Benchmark]
    public Task<int> CallActiveGrain() => grain.PingAsync(1);
}

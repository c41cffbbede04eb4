namespace IntegrationHub.Benchmarks.Grains;

/// <summary>A grain call with no I/O: what Orleans itself costs.</summary>
[GrainType("bench-ping")]
internal sealed class PingGrain : Grain, IPingGrain
{
    private int calls;

    public Task<int> PingAsync(int value) => Task.FromResult(value + ++calls);
}

using IntegrationHub.Runtime;

namespace IntegrationHub.Benchmarks.Grains;

/// <summary>A grain call with no I/O: what the runtime itself costs.</summary>
public sealed class PingGrain : Grain, IPingGrain
{
    private int calls;

    public Task<int> PingAsync(int value) => Task.FromResult(value + ++calls);
}

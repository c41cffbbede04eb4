using IntegrationHub.Simulators.Hosting;

namespace IntegrationHub.Adapters.Tests;

/// <summary>Tests against one simulator of their own, started alone before each test and disposed after it.</summary>
public abstract class SimulatorTests<TSimulator>(Func<CancellationToken, Task<TSimulator>> start) : IAsyncLifetime
    where TSimulator : Simulator
{
    private TSimulator? _simulator;

    protected TSimulator Simulator => _simulator ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _simulator = await start(CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}

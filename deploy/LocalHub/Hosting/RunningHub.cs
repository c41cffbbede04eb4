using IntegrationHub.ServiceDefaults;
using IntegrationHub.Simulators;

namespace IntegrationHub.LocalHub.Hosting;

/// <summary>A started local hub: its app, its simulators and the address it listens on.</summary>
public sealed class RunningHub(WebApplication app, SimulatorFleet fleet, bool ownsFleet, HubOptions options) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    public SimulatorFleet Fleet { get; } = fleet;

    public HubOptions Options { get; } = options;

    public Uri BaseAddress => new(App.Urls.First());

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        if (ownsFleet)
        {
            await Fleet.DisposeAsync();
        }
    }
}

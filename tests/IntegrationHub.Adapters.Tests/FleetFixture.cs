using IntegrationHub.Adapters;
using IntegrationHub.Simulators;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Adapters.Tests;

/// <summary>One fleet of simulators per test class, and service providers whose clients point at it.</summary>
public sealed class FleetFixture : IAsyncLifetime
{
    private SimulatorFleet? _fleet;

    public SimulatorFleet Fleet => _fleet ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() =>
        _fleet = await SimulatorFleet.StartAsync(TimeProvider.System, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_fleet is not null)
        {
            await _fleet.DisposeAsync();
        }
    }

    /// <summary>A provider with <c>AddHubAdapters</c> configured for this fleet, then <paramref name="configure"/>.</summary>
    public ServiceProvider CreateServices(Action<HubAdapterOptions>? configure = null, TimeProvider? timeProvider = null) =>
        AdapterServices.Create(
            options =>
            {
                options.PopulationRegistry.BaseAddress = Fleet.PopulationRegistry.BaseAddress;
                options.Hsa.BaseAddress = Fleet.Hsa.BaseAddress;
                options.Journal.BaseAddress = Fleet.Journal.BaseAddress;
                options.Notifications.BaseAddress = Fleet.Notifications.BaseAddress;
                options.IdentityProvider.BaseAddress = Fleet.IdentityProvider.BaseAddress;
                configure?.Invoke(options);
            },
            timeProvider);
}

using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.LocalHub.Hosting;
using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Simulators;
using IntegrationHub.TestCluster;

namespace IntegrationHub.Hub.Tests.Cluster;

/// <summary>Two whole local hubs (silo and gateway each) on one fresh PostgreSQL database, sharing simulators and the clock.</summary>
public sealed class TwoLocalHubs : IAsyncLifetime
{
    private readonly SettableTimeProvider clock = new(DateTimeOffset.UtcNow);
    private PostgresDatabase database = null!;
    private SimulatorFleet fleet = null!;

    public RunningHub A { get; private set; } = null!;

    public RunningHub B { get; private set; } = null!;

    public SettableTimeProvider Clock => clock;

    public async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        fleet = await SimulatorFleet.StartAsync(clock, CancellationToken.None);
        A = await StartAsync("hub-a");
        B = await StartAsync("hub-b");
    }

    public HubClient ClientOf(RunningHub hub) => new(hub.BaseAddress, fleet);

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await fleet.DisposeAsync();
        await database.DisposeAsync();
    }

    private Task<RunningHub> StartAsync(string siloId) => LocalHubApplication.StartAsync(
        [
            "--urls", "http://127.0.0.1:0",
            "--Hub:Simulation=true",
            "--Hub:Store=postgres",
            $"--ConnectionStrings:Hub={database.ConnectionString}",
            $"--Hub:SiloId={siloId}",
            $"--Hub:DataDirectory={Path.Combine(Path.GetTempPath(), "hub-tests", Guid.NewGuid().ToString("N"))}",
        ],
        new SharedSimulation(fleet, clock),
        CancellationToken.None);
}

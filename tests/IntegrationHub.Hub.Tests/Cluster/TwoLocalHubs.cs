using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.LocalHub.Hosting;
using IntegrationHub.Identity;
using IntegrationHub.LocalHub.Simulation;
using IntegrationHub.Simulators;
using IntegrationHub.Testing;

namespace IntegrationHub.Hub.Tests.Cluster;

/// <summary>Two whole local hubs (silo and gateway each) on one fresh PostgreSQL database, sharing simulators and the clock.</summary>
public sealed class TwoLocalHubs : IAsyncLifetime
{
    private readonly string pseudonymKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly HubClock clock = new(new SimulatedClock(DateTimeOffset.UtcNow, freeze: true));
    private PostgresDatabase database = null!;
    private SimulatorFleet fleet = null!;

    public RunningHub A { get; private set; } = null!;

    public RunningHub B { get; private set; } = null!;

    public HubClock Clock => clock;

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

    private Task<RunningHub> StartAsync(string name) => LocalHubApplication.StartAsync(
        [
            "--urls", "http://127.0.0.1:0",
            "--Hub:Simulation=true",
            "--Hub:Store=postgres",
            $"--ConnectionStrings:Hub={database.ConnectionString}",
            $"--Hub:PseudonymKey={pseudonymKey}",
            "--Hub:ClusterId=two-hubs",
            $"--Hub:DataDirectory={Path.Combine(Path.GetTempPath(), "hub-tests", Guid.NewGuid().ToString("N"))}",
        ],
        new SharedSimulation(fleet, clock),
        CancellationToken.None);
}

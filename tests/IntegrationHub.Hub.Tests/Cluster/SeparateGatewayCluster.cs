using System.Security.Cryptography;
using IntegrationHub.Gateway.Host;
using IntegrationHub.ServiceDefaults.Ports;
using IntegrationHub.Silo.Hosting;
using IntegrationHub.Simulators;
using IntegrationHub.Testing;
using Microsoft.AspNetCore.Builder;

namespace IntegrationHub.Hub.Tests.Cluster;

/// <summary>
/// Two silo hosts and two separate gateways (Orleans clients that find the silos through membership) on one fresh
/// PostgreSQL database, sharing one set of simulators, as the README's cluster runs them.
/// </summary>
public sealed class SeparateGatewayCluster : IAsyncLifetime
{
    private readonly string pseudonymKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly string clusterId = $"separate-{Guid.NewGuid():N}";
    private readonly List<WebApplication> apps = [];
    private PostgresDatabase database = null!;

    public SimulatorFleet Fleet { get; private set; } = null!;

    public WebApplication SiloA { get; private set; } = null!;

    public WebApplication SiloB { get; private set; } = null!;

    public Uri GatewayA { get; private set; } = null!;

    public Uri GatewayB { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        Fleet = await SimulatorFleet.StartAsync(TimeProvider.System, CancellationToken.None);
        SiloA = await StartAsync(HubSiloApplication.Create(SiloArguments()));
        SiloB = await StartAsync(HubSiloApplication.Create(SiloArguments()));
        GatewayA = new Uri((await StartAsync(GatewayApplication.Create(GatewayArguments()))).Urls.First());
        GatewayB = new Uri((await StartAsync(GatewayApplication.Create(GatewayArguments()))).Urls.First());
    }

    public async Task DisposeAsync()
    {
        foreach (var app in Enumerable.Reverse(apps))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await Fleet.DisposeAsync();
        await database.DisposeAsync();
    }

    private string[] SiloArguments() =>
    [
        "--urls", "http://127.0.0.1:0",
        "--Hub:Store=postgres",
        $"--ConnectionStrings:Hub={database.ConnectionString}",
        $"--Hub:PseudonymKey={pseudonymKey}",
        $"--Hub:ClusterId={clusterId}",
        .. OrleansPorts(),
        $"--Hub:Adapters:PopulationRegistry:BaseAddress={Fleet.PopulationRegistry.BaseAddress}",
        $"--Hub:Adapters:Hsa:BaseAddress={Fleet.Hsa.BaseAddress}",
        $"--Hub:Adapters:Journal:BaseAddress={Fleet.Journal.BaseAddress}",
        $"--Hub:Adapters:Notifications:BaseAddress={Fleet.Notifications.BaseAddress}",
    ];

    private string[] GatewayArguments() =>
    [
        "--urls", "http://127.0.0.1:0",
        $"--ConnectionStrings:Hub={database.ConnectionString}",
        $"--Hub:PseudonymKey={pseudonymKey}",
        $"--Hub:ClusterId={clusterId}",
        $"--Hub:Adapters:PopulationRegistry:BaseAddress={Fleet.PopulationRegistry.BaseAddress}",
        $"--Hub:Adapters:IdentityProvider:BaseAddress={Fleet.IdentityProvider.BaseAddress}",
        $"--Hub:Adapters:IdentityProvider:Issuer={Fleet.IdentityProvider.Issuer}",
        $"--Hub:Adapters:Hsa:BaseAddress={Fleet.Hsa.BaseAddress}",
        .. Fleet.HopOuts.Select(h => $"--Hub:HopOuts:{h.Key}={h.Value}"),
    ];

    private async Task<WebApplication> StartAsync(WebApplication app)
    {
        apps.Add(app);
        await app.StartAsync();
        return app;
    }

    private static string[] OrleansPorts()
    {
        var ports = FreePorts.Take(2);
        return [$"--Hub:SiloPort={ports[0]}", $"--Hub:GatewayPort={ports[1]}"];
    }
}

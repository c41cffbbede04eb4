using System.Security.Cryptography;
using IntegrationHub.Gateway.Host;
using IntegrationHub.Silo.Hosting;
using IntegrationHub.Simulators;
using IntegrationHub.TestCluster;
using Microsoft.AspNetCore.Builder;

namespace IntegrationHub.Hub.Tests.Cluster;

/// <summary>
/// Two silo processes' worth of hosts on one fresh PostgreSQL database, each with its own separate gateway in front,
/// sharing one set of simulators: gateway A talks only to silo A, gateway B only to silo B.
/// </summary>
public sealed class SeparateGatewayCluster : IAsyncLifetime
{
    private readonly string internalKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
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
        SiloA = await StartAsync(HubSiloApplication.Create(SiloArguments("silo-a")));
        SiloB = await StartAsync(HubSiloApplication.Create(SiloArguments("silo-b")));
        GatewayA = new Uri((await StartAsync(GatewayApplication.Create(GatewayArguments(SiloA)))).Urls.First());
        GatewayB = new Uri((await StartAsync(GatewayApplication.Create(GatewayArguments(SiloB)))).Urls.First());
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

    private string[] SiloArguments(string siloId) =>
    [
        "--urls", "http://127.0.0.1:0",
        "--Hub:Store=postgres",
        $"--ConnectionStrings:Hub={database.ConnectionString}",
        $"--Hub:SiloId={siloId}",
        $"--Hub:Internal:Key={internalKey}",
        $"--Hub:Adapters:PopulationRegistry:BaseAddress={Fleet.PopulationRegistry.BaseAddress}",
        $"--Hub:Adapters:Hsa:BaseAddress={Fleet.Hsa.BaseAddress}",
        $"--Hub:Adapters:Journal:BaseAddress={Fleet.Journal.BaseAddress}",
        $"--Hub:Adapters:Notifications:BaseAddress={Fleet.Notifications.BaseAddress}",
    ];

    private string[] GatewayArguments(WebApplication silo) =>
    [
        "--urls", "http://127.0.0.1:0",
        $"--Hub:Silos:0={silo.Urls.First()}",
        $"--Hub:Internal:Key={internalKey}",
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
}

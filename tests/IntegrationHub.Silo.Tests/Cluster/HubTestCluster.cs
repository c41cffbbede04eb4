using System.Reflection;
using System.Security.Cryptography;
using IntegrationHub.Adapters;
using IntegrationHub.Gateway.Host;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Identity;
using IntegrationHub.ServiceDefaults;
using IntegrationHub.Silo.Hosting;
using IntegrationHub.Simulators;
using IntegrationHub.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace IntegrationHub.Silo.Tests.Cluster;

/// <summary>
/// The hub's silos on Orleans' TestingHost with the ADO.NET providers on a fresh PostgreSQL database: clustering,
/// grain storage and reminders exactly as a deployment has them, the simulators on 127.0.0.1, and gateways (the
/// gateway's endpoints over the test cluster's client) for tests that go through HTTP. A fresh cluster id per fixture.
/// </summary>
public class HubTestCluster : IAsyncLifetime
{
    private readonly string pseudonymKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly List<WebApplication> gateways = [];
    private PostgresDatabase database = null!;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public SimulatorFleet Fleet { get; private set; } = null!;

    /// <summary>The hub's clock, shared by every silo and gateway of the fixture; it stands still unless a test moves it.</summary>
    public HubClock Clock { get; } = new(new FrozenClock(DateTimeOffset.UtcNow));

    public HubGrains Grains { get; private set; } = null!;

    public string ConnectionString => database.ConnectionString;

    protected virtual short SiloCount => 2;

    public async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        Fleet = await SimulatorFleet.StartAsync(Clock, CancellationToken.None);
        var builder = new InProcessTestClusterBuilder(SiloCount);
        UseAdoNetMembership(builder.Options);
        var options = new HubOptions
        {
            Store = HubStoreKind.Postgres,
            ConnectionString = database.ConnectionString,
            ServiceId = builder.Options.ServiceId,
            ClusterId = builder.Options.ClusterId,
        };
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Services.AddHubCore(options, pseudonymKey, Clock, keyFileAllowed: false);
            host.Services.AddHubAdapters(ConfigureAdapters);
            host.UseOrleans(silo =>
            {
                silo.AddHubSilo(options);

                // A reminder of a test grain fires every second, so that a test of reminders takes seconds, not minutes.
                silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
                ConfigureSilo(silo);
            });
        });
        builder.ConfigureClientHost(host => host.UseOrleansClient(client =>
        {
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = ClusterTiming.GatewayListRefresh);
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = database.ConnectionString;
            });
        }));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        Grains = new HubGrains(Cluster.Client, new ResidentPseudonyms(Convert.FromBase64String(pseudonymKey)));
    }

    /// <summary>A gateway (the gateway's composition as the separate gateway runs it) over the cluster's client, on 127.0.0.1:0.</summary>
    public async Task<Uri> StartGatewayAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0", "--Hub:Gateway:LoginRateLimit:PermitLimit=100000"]);
        var options = new HubOptions { Store = HubStoreKind.Postgres, ConnectionString = database.ConnectionString };
        builder.Services.AddSingleton(Cluster.Client);
        builder.Services.AddSingleton<IGrainFactory>(Cluster.Client);
        builder.Services.AddHubCore(options, pseudonymKey, Clock, keyFileAllowed: false);
        builder.Services.AddHubAdapters(ConfigureAdapters);
        builder.AddHubGateway(s =>
        {
            foreach (var (name, address) in Fleet.HopOuts)
            {
                s.Services[name] = address;
            }
        });
        var app = builder.Build();
        app.MapHubGateway();
        gateways.Add(app);
        await app.StartAsync();
        return new Uri(app.Urls.First());
    }

    /// <summary>What a fixture adds to each silo after the hub's own configuration.</summary>
    protected virtual void ConfigureSilo(ISiloBuilder silo)
    {
    }

    public IServiceProvider SiloServices(int index) => Cluster.Silos[index].SiloHost.Services;

    public async Task DisposeAsync()
    {
        foreach (var gateway in gateways)
        {
            await gateway.StopAsync();
            await gateway.DisposeAsync();
        }

        await Cluster.DisposeAsync();
        await Fleet.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await database.DisposeAsync();
    }

    /// <summary>
    /// These tests exercise the ADO.NET membership itself (a killed silo declared dead through the table, gateways
    /// finding the living silos in it), not TestingHost's in-memory stand-in, which its options switch off only internally.
    /// </summary>
    private static void UseAdoNetMembership(InProcessTestClusterOptions options) =>
        typeof(InProcessTestClusterOptions)
            .GetProperty("UseTestClusterMembership", BindingFlags.Instance | BindingFlags.NonPublic)!
            .SetValue(options, false);

    private void ConfigureAdapters(HubAdapterOptions adapters)
    {
        adapters.PopulationRegistry.BaseAddress = Fleet.PopulationRegistry.BaseAddress;
        adapters.Hsa.BaseAddress = Fleet.Hsa.BaseAddress;
        adapters.Journal.BaseAddress = Fleet.Journal.BaseAddress;
        adapters.Notifications.BaseAddress = Fleet.Notifications.BaseAddress;
        adapters.IdentityProvider.BaseAddress = Fleet.IdentityProvider.BaseAddress;
        adapters.IdentityProvider.Issuer = Fleet.IdentityProvider.Issuer;
    }
}

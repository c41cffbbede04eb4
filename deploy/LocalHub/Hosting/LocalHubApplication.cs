using IntegrationHub.Adapters;
using IntegrationHub.Gateway.Host;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Identity;
using IntegrationHub.LocalHub.Simulation;
using IntegrationHub.ServiceDefaults;
using IntegrationHub.ServiceDefaults.Ports;
using IntegrationHub.ServiceDefaults.Telemetry;
using IntegrationHub.Silo.Hosting;
using IntegrationHub.Simulators;
using IntegrationHub.Store;

namespace IntegrationHub.LocalHub.Hosting;

/// <summary>
/// The one-process hub: a silo (localhost clustering on SQLite by default), the gateway's endpoints beside it, and the
/// simulators. Tests start it the same way, on port 0, and may share one <see cref="SimulatorFleet"/> (and its clock)
/// between two hubs on one PostgreSQL database, which then form one cluster of two silos.
/// </summary>
public static class LocalHubApplication
{
    public static async Task<RunningHub> StartAsync(string[] args, SharedSimulation? shared, CancellationToken cancellationToken, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);

        // The local hub's defaults: loopback only, the embedded store, simulation on, free Orleans ports. Each can be overridden.
        var ports = FreePorts.Take(2);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Simulation"] = "true",
            ["Hub:Store"] = "sqlite",
            ["Hub:DataDirectory"] = "./data",
            ["Hub:ClusterId"] = "local",
            ["Hub:SiloPort"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Hub:GatewayPort"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:8080");
        }

        var options = HubOptions.From(builder.Configuration);
        Directory.CreateDirectory(options.DataDirectory);

        // In simulation /sim/clock sets the hub's clock (API.md); the simulated identity provider signs on the same clock,
        // so its assertions are valid at the hub's "now". Orleans itself keeps real time.
        var clock = shared?.Clock ?? (options.Simulation ? new HubClock(new SimulatedClock(DateTimeOffset.UtcNow)) : HubClock.RealTime);
        var fleet = shared?.Fleet ?? await SimulatorFleet.StartAsync(clock, cancellationToken);
        builder.Services.AddSingleton(fleet);
        builder.Services.AddHubCore(options, builder.Configuration[PseudonymKey.Setting], clock, keyFileAllowed: options.Store == HubStoreKind.Sqlite);
        builder.Services.AddHubAdapters(a =>
        {
            a.PopulationRegistry.BaseAddress = fleet.PopulationRegistry.BaseAddress;
            a.Hsa.BaseAddress = fleet.Hsa.BaseAddress;
            a.Journal.BaseAddress = fleet.Journal.BaseAddress;
            a.Notifications.BaseAddress = fleet.Notifications.BaseAddress;
            a.IdentityProvider.BaseAddress = fleet.IdentityProvider.BaseAddress;
            a.IdentityProvider.Issuer = fleet.IdentityProvider.Issuer;
        });
        builder.AddHubGateway(hopOuts: s =>
        {
            foreach (var (name, address) in fleet.HopOuts)
            {
                s.Services[name] = address;
            }
        });
        builder.AddHubOperations("integrationhub-local");
        builder.UseOrleans(silo => silo.AddHubSilo(options));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapHubGateway();
        if (options.Simulation)
        {
            app.MapSimulation();
        }

        await app.StartAsync(cancellationToken);
        return new RunningHub(app, fleet, ownsFleet: shared is null, options);
    }
}

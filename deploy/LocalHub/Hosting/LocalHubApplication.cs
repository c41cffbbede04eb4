using IntegrationHub.Gateway.Fhir;
using IntegrationHub.Adapters;
using IntegrationHub.Gateway.Headers;
using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Gateway.RateLimiting;
using IntegrationHub.Gateway.Sessions;
using IntegrationHub.LocalHub.Simulation;
using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Gateway.Api;
using IntegrationHub.Silo.Health;
using IntegrationHub.Silo.Hosting;
using IntegrationHub.Simulators;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.LocalHub.Hosting;

/// <summary>
/// The one-process hub: silo, gateway, store and simulators. Tests start it the same way, on port 0, and may share one
/// <see cref="SimulatorFleet"/> (and its clock) between two hubs on one PostgreSQL database to act as two silos.
/// </summary>
public static class LocalHubApplication
{
    public static async Task<RunningHub> StartAsync(string[] args, SharedSimulation? shared, CancellationToken cancellationToken, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);

        // The local hub's defaults: loopback only, the embedded store, simulation on. Each can be overridden.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Simulation"] = "true",
            ["Hub:Store"] = "sqlite",
            ["Hub:DataDirectory"] = "./data",
        });
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:8080");
        }

        var options = builder.Configuration.GetSection(HubOptions.Section).Get<HubOptions>() ?? new HubOptions();
        Directory.CreateDirectory(options.DataDirectory);

        // In simulation the clock stands still between calls and /sim/clock moves it (API.md); the simulated identity
        // provider signs on the same clock, so its assertions are valid at the hub's "now".
        var clock = shared?.Clock ?? (options.Simulation ? new SettableTimeProvider(DateTimeOffset.UtcNow) : TimeProvider.System);
        var fleet = shared?.Fleet ?? await SimulatorFleet.StartAsync(clock, cancellationToken);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(fleet);

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // YARP logs two Information lines per forwarded request; on the hop-out path that was a fifth of the gateway's CPU.
        builder.Logging.AddFilter("Yarp", LogLevel.Warning);
        builder.Services.AddHubSilo(builder.Configuration);
        builder.Services.AddHubAdapters(a =>
        {
            a.PopulationRegistry.BaseAddress = fleet.PopulationRegistry.BaseAddress;
            a.Hsa.BaseAddress = fleet.Hsa.BaseAddress;
            a.Journal.BaseAddress = fleet.Journal.BaseAddress;
            a.Notifications.BaseAddress = fleet.Notifications.BaseAddress;
            a.IdentityProvider.BaseAddress = fleet.IdentityProvider.BaseAddress;
            a.IdentityProvider.Issuer = fleet.IdentityProvider.Issuer;
        });
        builder.Services.AddHubGateway(configureServices: s =>
        {
            foreach (var (name, address) in fleet.HopOuts)
            {
                s.Services[name] = address;
            }

            // A benchmark may point a service at its own upstream: --Hub:HopOuts:samples=http://127.0.0.1:PORT.
            foreach (var entry in builder.Configuration.GetSection("Hub:HopOuts").GetChildren())
            {
                s.Services[entry.Key] = new Uri(entry.Value ?? string.Empty, UriKind.Absolute);
            }
        });
        builder.Services.AddHubLoginRateLimiting(o => builder.Configuration.GetSection("Hub:Gateway:LoginRateLimit").Bind(o));
        builder.Services.AddHubSessions(o => builder.Configuration.GetSection(SessionGatewayOptions.Section).Bind(o));
        builder.Services.ConfigureHttpJsonOptions(o => HubJson.Configure(o.SerializerOptions));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseInboundHeaderHygiene();
        app.UseRateLimiter();
        app.UseHubSessionGate();
        app.MapHubHealth();
        app.MapHubLogin();
        app.MapHubApi();
        FhirEndpoints.Map(app);
        app.MapHubHopOuts();
        if (options.Simulation)
        {
            app.MapSimulation();
        }

        await app.StartAsync(cancellationToken);
        return new RunningHub(app, fleet, ownsFleet: shared is null, options);
    }
}

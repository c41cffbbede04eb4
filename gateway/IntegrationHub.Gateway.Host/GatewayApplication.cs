using IntegrationHub.Adapters;
using IntegrationHub.Gateway.Headers;
using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Gateway.Host.Forwarding;
using IntegrationHub.Gateway.RateLimiting;
using IntegrationHub.Gateway.Sessions;
using IntegrationHub.Runtime.Remoting.Client;
using IntegrationHub.Runtime.Remoting.Security;

namespace IntegrationHub.Gateway.Host;

/// <summary>
/// The separate gateway. Settings: <c>Hub:Silos:0</c>, <c>Hub:Silos:1</c>, ... (silo base URLs),
/// <c>Hub:Internal:Key</c> (shared with the silos), <c>Hub:HopOuts:{service}</c> (base URLs),
/// <c>Hub:Adapters:IdentityProvider:BaseAddress</c> and <c>Hub:Adapters:Hsa:BaseAddress</c> (login),
/// <c>Hub:Gateway:LoginRateLimit</c>.
/// </summary>
public static class GatewayApplication
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var configuration = builder.Configuration;
        var silos = configuration.GetSection("Hub:Silos").Get<List<Uri>>() ?? [];
        if (silos.Count == 0)
        {
            throw new InvalidOperationException("The gateway needs at least one silo: --Hub:Silos:0=http://host:port/");
        }

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // A staff message may carry 10 files of 20 MB (CS5); the silo checks each file while it streams, so the gateway
        // only bounds the whole request. Login bodies have their own small limit.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 11L * 21 * 1024 * 1024);
        builder.Services.AddRemoteGrainClient(o =>
        {
            foreach (var silo in silos)
            {
                o.Silos.Add(silo);
            }
        });
        builder.Services.AddSingleton(new SiloDestinations(silos));
        builder.Services.AddSingleton<ForwardedIdentity>();
        builder.Services.AddSingleton<SiloTransformer>();
        builder.Services.AddHubAdapters(o => configuration.GetSection("Hub:Adapters").Bind(o));
        builder.Services.AddHubGateway(configureServices: s =>
        {
            foreach (var service in configuration.GetSection("Hub:HopOuts").GetChildren())
            {
                s.Services[service.Key] = new Uri(service.Value!);
            }
        });
        builder.Services.AddHubLoginRateLimiting(o => configuration.GetSection("Hub:Gateway:LoginRateLimit").Bind(o));
        builder.Services.AddHubSessions(o => configuration.GetSection(SessionGatewayOptions.Section).Bind(o));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseInboundHeaderHygiene();
        app.UseRateLimiter();
        app.UseHubSessionGate();
        app.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
        app.MapHubLogin();
        app.MapHubHopOuts();
        app.MapSiloForwarding();
        return app;
    }
}

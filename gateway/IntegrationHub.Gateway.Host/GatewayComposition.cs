using IntegrationHub.Gateway.Api;
using IntegrationHub.Gateway.Errors;
using IntegrationHub.Gateway.Api.OpenApi;
using IntegrationHub.ServiceDefaults;
using IntegrationHub.Gateway.Fhir;
using IntegrationHub.Gateway.Headers;
using IntegrationHub.Gateway.HopOuts;
using IntegrationHub.Gateway.Host.Calls;
using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Gateway.RateLimiting;
using IntegrationHub.Gateway.Sessions;
using IntegrationHub.Identity.Tokens;
using IntegrationHub.Gateway.Web.Hosting;
using IntegrationHub.ServiceDefaults.Health;

namespace IntegrationHub.Gateway.Host;

/// <summary>
/// The gateway's services and pipeline, the same in the separate gateway (an Orleans client) and in the local hub (beside
/// a co-hosted silo): login and sessions, the resident, staff and FHIR APIs, hop-outs, health. The host adds the grains
/// (<see cref="ServiceDefaults.HubCoreServiceCollectionExtensions.AddHubCore"/> and Orleans) and the adapters.
/// </summary>
public static class GatewayComposition
{
    public static WebApplicationBuilder AddHubGateway(this WebApplicationBuilder builder, Action<HopOutServiceOptions>? hopOuts = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // YARP logs two Information lines per forwarded request; on the hop-out path that was a fifth of the gateway's CPU.
        builder.Logging.AddFilter("Yarp", LogLevel.Warning);
        builder.Services.AddHubGateway(
            configure: o =>
            {
                // Every gateway of a cluster signs hop-out assertions with the same key, so a hop-out service can verify
                // an assertion whichever gateway it came through and whichever gateway served it the JWKS.
                if (configuration["Hub:Gateway:SigningKeyPem"] is { Length: > 0 } pem)
                {
                    o.SigningKey = SigningKey.FromPem("hub-gateway-1", pem);
                }
            },
            configureServices: s =>
        {
            hopOuts?.Invoke(s);

            // A benchmark or an operator names a service's upstream: --Hub:HopOuts:samples=http://127.0.0.1:PORT.
            foreach (var entry in configuration.GetSection("Hub:HopOuts").GetChildren())
            {
                s.Services[entry.Key] = new Uri(entry.Value ?? string.Empty, UriKind.Absolute);
            }
        });
        builder.Services.AddHubLoginRateLimiting(o => configuration.GetSection("Hub:Gateway:LoginRateLimit").Bind(o));
        builder.Services.AddHubSessions(o => configuration.GetSection(SessionGatewayOptions.Section).Bind(o));
        builder.Services.AddHubFhir(configuration);

        // After AddHubFhir: its OperationOutcome writer answers for /fhir, the gateway's problem+json writer for the rest.
        builder.Services.AddHubProblemDetails();
        builder.Services.AddExceptionHandler<UnavailableExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o => HubJson.Configure(o.SerializerOptions));
        builder.Services.AddHubHealthChecks();
        builder.Services.AddHubWeb();
        builder.Services.AddHubOpenApi();
        return builder;
    }

    public static WebApplication MapHubGateway(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // First: whatever no endpoint or page answers with a body of its own (a path nothing serves, a method a path does
        // not take, a body model binding or Kestrel refused, text with control characters in the path or query) is
        // answered problem+json with a code, or an OperationOutcome under /fhir.
        app.UseHubProblemDetails();
        app.UseInboundHeaderHygiene();
        app.UseRateLimiter();
        app.UseHubSessionGate();
        app.UseHubWeb();
        app.MapHubHealth();
        app.MapHubLogin();
        app.MapHubApi();
        FhirEndpoints.Map(app);
        app.MapHubHopOuts();
        app.MapHubWeb();
        app.MapHubOpenApi(reference: app.Services.GetRequiredService<HubOptions>().Simulation);
        return app;
    }
}

using IntegrationHub.Gateway.Fhir;
using IntegrationHub.Adapters;
using IntegrationHub.Runtime.Remoting.Security;
using IntegrationHub.Runtime.Remoting.Server;
using IntegrationHub.Gateway.Api;
using IntegrationHub.Silo.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Silo.Hosting;

/// <summary>
/// The silo as its own process behind one or more separate gateways: grains on the configured store, the grain-call
/// endpoint the gateways' sessions use, and the resident and staff APIs, which trust only a gateway-signed principal.
/// Settings: <c>Hub:Store</c>, <c>ConnectionStrings:Hub</c>, <c>Hub:Internal:Key</c> (base64, ≥ 32 bytes, shared with
/// the gateways), <c>Hub:Adapters:{PopulationRegistry|Hsa|Journal|Notifications|IdentityProvider}:BaseAddress</c>.
/// </summary>
public static class HubSiloApplication
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Services.AddHubSilo(builder.Configuration);
        builder.Services.AddHubAdapters(o => builder.Configuration.GetSection("Hub:Adapters").Bind(o));
        // Without the key shared with the gateways nothing can reach this silo's grains or APIs; it still runs its
        // reminders and outbox, which is what a silo alone is for.
        var servesGateways = !string.IsNullOrEmpty(builder.Configuration[$"{InternalCallOptions.SectionName}:Key"]);
        if (servesGateways)
        {
            builder.Services.AddGrainCallServer();
            builder.Services.AddSingleton<ForwardedIdentity>();
            builder.Services.ConfigureHttpJsonOptions(o => HubJson.Configure(o.SerializerOptions));
        }

        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapHubHealth();
        if (servesGateways)
        {
            app.UseMiddleware<ForwardedPrincipalMiddleware>();
            app.MapGrainCallEndpoint();
            app.MapHubApi();
            FhirEndpoints.Map(app);
        }

        return app;
    }
}

using IntegrationHub.Adapters;
using IntegrationHub.Identity;
using IntegrationHub.ServiceDefaults;
using IntegrationHub.ServiceDefaults.Health;
using IntegrationHub.ServiceDefaults.Telemetry;
using IntegrationHub.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;

namespace IntegrationHub.Silo.Hosting;

/// <summary>
/// A silo as its own process: the grains on PostgreSQL (or SQLite), the reminders, the outbox and the recovery of owed
/// effects. It serves no public HTTP, only <c>/health/live</c> and <c>/health/ready</c> on its <c>--urls</c>; gateways
/// reach it as Orleans clients. Settings: <c>Hub:Store</c>, <c>ConnectionStrings:Hub</c>, <c>Hub:PseudonymKey</c>,
/// <c>Hub:ClusterId</c>, <c>Hub:SiloPort</c>, <c>Hub:GatewayPort</c>, <c>Hub:AdvertisedAddress</c>, <c>Hub:Kubernetes</c>
/// (Orleans' Kubernetes hosting in a pod),
/// <c>Hub:Adapters:{PopulationRegistry|Hsa|Journal|Notifications}:BaseAddress</c>, <c>Hub:Tls:{CertificatePath|KeyPath|CaPath}</c>
/// (mutual TLS between silos and from gateways), <c>Hub:Dashboard</c> (the Orleans Dashboard at <c>/dashboard</c>, loopback
/// only); docs/OPERATIONS.md.
/// </summary>
public static class HubSiloApplication
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var options = HubOptions.From(builder.Configuration);
        builder.Services.AddHubCore(options, builder.Configuration[Grains.Contracts.Keys.PseudonymKey.Setting], HubClock.RealTime, keyFileAllowed: options.Store == HubStoreKind.Sqlite);
        builder.Services.AddHubAdapters(o => builder.Configuration.GetSection("Hub:Adapters").Bind(o));
        builder.Services.AddHubHealthChecks();
        builder.AddHubOperations("integrationhub-silo");
        builder.UseOrleans(silo =>
        {
            silo.AddHubSilo(options);
            if (options.Dashboard)
            {
                silo.AddDashboard();
            }
        });
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapHubHealth();
        if (options.Dashboard)
        {
            app.MapHubDashboard();
        }

        return app;
    }
}

using IntegrationHub.Adapters;
using IntegrationHub.Gateway.Host.Calls;
using IntegrationHub.Gateway.Host.Transport;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Identity;
using IntegrationHub.ServiceDefaults;
using IntegrationHub.ServiceDefaults.Telemetry;
using IntegrationHub.Store;
using Npgsql;
using Orleans.Configuration;

namespace IntegrationHub.Gateway.Host;

/// <summary>
/// The separate gateway: an Orleans client that finds the living silos through membership on the hub's PostgreSQL
/// database, with no HTTP to any silo. Settings: <c>ConnectionStrings:Hub</c>, <c>Hub:PseudonymKey</c>,
/// <c>Hub:ClusterId</c>, <c>Hub:HopOuts:{service}</c> (base URLs), <c>Hub:Adapters:{IdentityProvider|Hsa|PopulationRegistry}:BaseAddress</c>,
/// <c>Hub:Gateway:LoginRateLimit</c>, <c>Hub:Fhir:*</c>, <c>Hub:Tls:{CertificatePath|KeyPath|CaPath}</c> (mutual TLS to the silos),
/// <c>Kestrel:Endpoints:*</c> (HTTPS), <c>Hub:Https:*</c>; docs/OPERATIONS.md.
/// </summary>
public static class GatewayApplication
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var options = HubOptions.From(builder.Configuration);
        if (options.Store != HubStoreKind.Postgres)
        {
            options.Store = HubStoreKind.Postgres;
        }

        // A staff message may carry 10 files of 20 MB (CS5); each file is checked while it streams, so the gateway only
        // bounds the whole request. Login bodies have their own small limit.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 11L * 21 * 1024 * 1024);
        builder.Services.AddHubCore(options, builder.Configuration[PseudonymKey.Setting], HubClock.RealTime, keyFileAllowed: false);
        builder.Services.AddHubAdapters(o => builder.Configuration.GetSection("Hub:Adapters").Bind(o));
        builder.AddHubGateway();
        builder.AddHubOperations("integrationhub-gateway");
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ServiceId = options.ServiceId;
                o.ClusterId = options.ClusterId;
            });
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = ClusterTiming.GatewayListRefresh);
            client.AddOutgoingGrainCallFilter<IdempotentCallRetry>();
            client.AddActivityPropagation();
            if (options.Tls.Enabled)
            {
                client.UseHubTls(options.Tls);
            }

            // A call whose silo died under it waits this long for an answer that will not come; above the 10 s an
            // adapter call may take inside a grain.
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(15));
            client.UseAdoNetClustering(o => o.Configure<NpgsqlDataSource>((c, dataSource) =>
            {
                c.Invariant = "Npgsql";
                c.DataSource = dataSource;
            }));
        });
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapHubGateway();
        return app;
    }
}

using IntegrationHub.Gateway.Fhir.Journal;
using IntegrationHub.Gateway.Fhir;
using IntegrationHub.Grains;
using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Runtime.PostgreSql;
using IntegrationHub.Runtime.Sqlite;
using IntegrationHub.Silo.Health;
using IntegrationHub.Silo.Journal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Silo.Hosting;

public static class HubSiloServiceCollectionExtensions
{
    /// <summary>
    /// Adds the silo with the store the configuration names: SQLite in the data directory (the local hub's default),
    /// or PostgreSQL with <c>ConnectionStrings:Hub</c> (production and every multi-silo deployment).
    /// </summary>
    public static GrainRuntimeBuilder AddHubSilo(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(HubOptions.Section).Get<HubOptions>() ?? new HubOptions();
        services.AddSingleton(options);
        services.AddSingleton(new Grains.Cases.CaseFileStore(Path.Combine(options.DataDirectory, "attachments")));
        var runtime = services.AddGrainRuntime(o =>
        {
            if (!string.IsNullOrWhiteSpace(options.SiloId))
            {
                o.SiloId = options.SiloId;
            }
        });
        switch (options.Store)
        {
            case HubStoreKind.Postgres:
                var connectionString = configuration.GetConnectionString("Hub")
                    ?? throw new InvalidOperationException("Hub:Store=postgres needs ConnectionStrings:Hub (--ConnectionStrings:Hub=... or ConnectionStrings__Hub).");
                runtime.UsePostgreSql(connectionString);
                break;
            case HubStoreKind.Sqlite:
                runtime.UseSqlite(Path.Combine(options.DataDirectory, "hub.db"));
                break;
            case HubStoreKind.Memory:
                runtime.UseMemoryStore();
                break;
            default:
                throw new InvalidOperationException($"Unknown store '{options.Store}'.");
        }

        runtime.AddHubGrains();
        runtime.AddOutboxHandler<JournalReconciliationHandler>();
        services.AddHubFhir(configuration);
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<PopulationRegistryHealthCheck>("population-registry", tags: [HealthEndpoints.ReadyTag]);
        return runtime;
    }
}

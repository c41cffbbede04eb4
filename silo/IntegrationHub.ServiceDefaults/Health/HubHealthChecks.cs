using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.ServiceDefaults.Health;

public static class HubHealthChecks
{
    /// <summary>Readiness: the store answers and the population registry answers (no login without it, ID3).</summary>
    public static IHealthChecksBuilder AddHubHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<PopulationRegistryHealthCheck>("population-registry", tags: [HealthEndpoints.ReadyTag]);
}

using IntegrationHub.Adapters.PopulationRegistry;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.ServiceDefaults.Health;

/// <summary>Ready only while the population registry answers: without it no login may happen (ID3, fail closed).</summary>
internal sealed class PopulationRegistryHealthCheck(IPopulationRegistry registry) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        return await registry.IsReachableAsync(timeout.Token)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The population registry does not answer.");
    }
}

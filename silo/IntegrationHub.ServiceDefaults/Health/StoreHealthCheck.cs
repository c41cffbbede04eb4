using IntegrationHub.Store.Indexes;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.ServiceDefaults.Health;

/// <summary>Ready only while the hub's store answers a query.</summary>
internal sealed class StoreHealthCheck(IIndexStore store) : IHealthCheck
{
    private static readonly IndexQuery Probe = new("health", Limit: 1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await store.QueryAsync(Probe, timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("The hub's store does not answer.", exception);
        }
    }
}

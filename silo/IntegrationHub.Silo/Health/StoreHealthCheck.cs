using IntegrationHub.Runtime;
using IntegrationHub.Runtime.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationHub.Silo.Health;

/// <summary>Ready only while the grain store answers a read.</summary>
internal sealed class StoreHealthCheck(IGrainStorage storage) : IHealthCheck
{
    private static readonly GrainId Probe = new("health", "probe");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await storage.ReadAsync(Probe, "probe", timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("The grain store does not answer.", exception);
        }
    }
}

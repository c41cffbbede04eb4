using IntegrationHub.Runtime;
using Microsoft.Extensions.Hosting;

namespace IntegrationHub.Grains.Daily;

/// <summary>Makes sure the daily work is scheduled once the silo runs; every silo asks, one schedule results.</summary>
internal sealed class DailyWorkScheduler(IGrainFactory grains) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => grains.GetGrain<IDailyWorkGrain>(IDailyWorkGrain.Key).EnsureScheduledAsync();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using IntegrationHub.Benchmarks.Grains;
using IntegrationHub.Runtime;
using IntegrationHub.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Benchmarks.Runtime;

/// <summary>A silo on the memory store, for measuring the runtime without I/O.</summary>
internal sealed class MemorySilo : IAsyncDisposable
{
    private readonly IHost host;

    private MemorySilo(IHost host) => this.host = host;

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<MemorySilo> StartAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGrainRuntime().UseMemoryStore().AddGrainsFrom(typeof(PingGrain).Assembly);
        var host = builder.Build();
        await host.StartAsync();
        return new MemorySilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}

using IntegrationHub.Runtime;
using IntegrationHub.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntegrationHub.TestCluster;

/// <summary>One silo of a <see cref="TestCluster"/>: its own host, catalog and workers, on the shared database.</summary>
public sealed class TestSilo(IHost host, string name)
{
    public string Name { get; } = name;

    public IHost Host { get; } = host;

    public IServiceProvider Services => Host.Services;

    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    public ISiloControl Control => Services.GetRequiredService<ISiloControl>();

    public bool IsRunning { get; internal set; } = true;
}

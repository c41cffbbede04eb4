using IntegrationHub.Silo.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using IntegrationHub.Grains.Effects;
using Orleans.Storage;

namespace IntegrationHub.Silo.Tests.Commits;

/// <summary>One silo on PostgreSQL with <see cref="FaultyGrainStorage"/> over the hub's storage.</summary>
public sealed class FaultyStorageCluster : HubTestCluster
{
    public StorageFaults Faults { get; } = new();

    protected override short SiloCount => 1;

    protected override void ConfigureSilo(ISiloBuilder silo) =>
        silo.Services.AddKeyedSingleton<IGrainStorage>(
            FaultyGrainStorage.Name,
            (services, _) => new FaultyGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(HubStorage.Name), Faults));
}

using IntegrationHub.Silo.Tests.Cluster;

namespace IntegrationHub.Silo.Tests.Storage;

/// <summary>One silo on PostgreSQL, whose configured providers the contract tests take as they are.</summary>
public sealed class OneSiloCluster : HubTestCluster
{
    protected override short SiloCount => 1;
}

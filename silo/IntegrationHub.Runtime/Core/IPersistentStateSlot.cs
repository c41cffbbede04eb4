namespace IntegrationHub.Runtime.Core;

/// <summary>The runtime's view of one persistent state of an activation.</summary>
internal interface IPersistentStateSlot
{
    string Name { get; }

    long Version { get; }

    Task ReadStateAsync(CancellationToken cancellationToken);
}

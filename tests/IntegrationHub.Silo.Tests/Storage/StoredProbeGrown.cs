namespace IntegrationHub.Silo.Tests.Storage;

/// <summary>The same state after its contract gained a field: what an old row must still be read as.</summary>
public sealed class StoredProbeGrown
{
    public string Name { get; set; } = string.Empty;

    public List<int> Numbers { get; set; } = [];

    public string Added { get; set; } = "default";
}

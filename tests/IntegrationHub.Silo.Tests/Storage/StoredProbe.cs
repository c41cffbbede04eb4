namespace IntegrationHub.Silo.Tests.Storage;

/// <summary>A state as a grain stores it.</summary>
public sealed class StoredProbe
{
    public string Name { get; set; } = string.Empty;

    public List<int> Numbers { get; set; } = [];
}

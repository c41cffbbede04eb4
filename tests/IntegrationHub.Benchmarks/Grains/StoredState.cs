namespace IntegrationHub.Benchmarks.Grains;

public sealed class StoredState
{
    public long Counter { get; set; }

    public string Name { get; set; } = "Tolvan Tolvansson";

    public List<string> Contacts { get; set; } = ["+46701234567", "tolvan@example.se"];
}

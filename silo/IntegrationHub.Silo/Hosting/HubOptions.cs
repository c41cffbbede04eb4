namespace IntegrationHub.Silo.Hosting;

/// <summary>The <c>Hub</c> configuration section (command line <c>--Hub:Store=postgres</c>, environment <c>Hub__Store</c>).</summary>
public sealed class HubOptions
{
    public const string Section = "Hub";

    public HubStoreKind Store { get; set; } = HubStoreKind.Sqlite;

    /// <summary>The SQLite file and attachment files live here.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Simulation mode: the /sim routes and a settable clock. Off unless asked for.</summary>
    public bool Simulation { get; set; }

    /// <summary>A name for this silo in leases and invalidation notices; unique per process.</summary>
    public string? SiloId { get; set; }
}

namespace IntegrationHub.Store;

/// <summary>Which store the hub uses and where it is.</summary>
public sealed class HubStoreOptions
{
    public HubStoreKind Kind { get; set; } = HubStoreKind.Sqlite;

    /// <summary>PostgreSQL: the connection string (<c>ConnectionStrings:Hub</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite: the folder of <c>hub.db</c>.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The Orleans service id whose grain state retention deletes.</summary>
    public string ServiceId { get; set; } = "integration-hub";

    public string SqlitePath => Path.Combine(DataDirectory, "hub.db");
}

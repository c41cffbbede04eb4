namespace IntegrationHub.Runtime.PostgreSql;

public sealed class PostgreSqlStoreOptions
{
    public required string ConnectionString { get; set; }

    /// <summary>The LISTEN/NOTIFY channel on which silos announce committed versions.</summary>
    public string ChangeChannel { get; set; } = "hub_grain_changed";
}

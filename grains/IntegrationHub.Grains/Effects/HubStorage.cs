namespace IntegrationHub.Grains.Effects;

/// <summary>The grain storage provider every hub grain's state lives in (ADO.NET on PostgreSQL, the hub's own on SQLite).</summary>
public static class HubStorage
{
    public const string Name = "hub";
}

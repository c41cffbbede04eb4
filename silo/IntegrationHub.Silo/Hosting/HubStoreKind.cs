namespace IntegrationHub.Silo.Hosting;

public enum HubStoreKind
{
    Sqlite,
    Postgres,
    Memory,
}

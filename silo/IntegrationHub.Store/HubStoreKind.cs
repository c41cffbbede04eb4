namespace IntegrationHub.Store;

public enum HubStoreKind
{
    /// <summary>One file in the data directory: the local hub.</summary>
    Sqlite,

    /// <summary>One database shared by every silo and gateway of a cluster.</summary>
    Postgres,
}

namespace IntegrationHub.Store.PostgreSql;

/// <summary>The Orleans service id whose grain state retention may delete (Orleans' table holds every service's rows).</summary>
public sealed record PostgreSqlStoreOptions(string ServiceId);

using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Silo.Tests.Storage;

/// <summary>Orleans' ADO.NET reminder table on PostgreSQL, as the silo configures it.</summary>
public sealed class PostgreSqlReminderTableTests(OneSiloCluster cluster) : ReminderTableContract, IClassFixture<OneSiloCluster>
{
    protected override IReminderTable Table => cluster.SiloServices(0).GetRequiredService<IReminderTable>();
}

/// <summary>The hub's own reminder table on the local hub's SQLite file.</summary>
public sealed class SqliteReminderTableTests(SqliteStoreFixture store) : ReminderTableContract, IClassFixture<SqliteStoreFixture>
{
    protected override IReminderTable Table => store.Reminders;
}

using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Runtime.PostgreSql;
using IntegrationHub.TestCluster;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace IntegrationHub.Runtime.Tests.Storage;

public sealed class PostgreSqlStoreTests : GrainStorageTestSuite<PostgreSqlStore>
{
    private PostgresDatabase? database;
    private NpgsqlDataSource? dataSource;

    public override async Task DisposeAsync()
    {
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    protected override async Task<PostgreSqlStore> CreateStoreAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await new PostgreSqlMigrator(dataSource).InitializeAsync(default);
        return new PostgreSqlStore(dataSource, new PostgreSqlStoreOptions { ConnectionString = database.ConnectionString }, new GrainRuntimeOptions());
    }
}

using Npgsql;
using IntegrationHub.Grains.Effects;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace IntegrationHub.Silo.Tests.Storage;

/// <summary>Orleans' ADO.NET grain storage on PostgreSQL, as the silo configures it.</summary>
public sealed class PostgreSqlGrainStorageTests(OneSiloCluster cluster) : GrainStorageContract, IClassFixture<OneSiloCluster>
{
    protected override IGrainStorage Storage => cluster.SiloServices(0).GetRequiredKeyedService<IGrainStorage>(HubStorage.Name);

    protected override async Task<string?> StoredTextAsync(string stateName, string grainKey)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE graintypestring = @state AND grainidextensionstring = @key", connection);
        command.Parameters.AddWithValue("state", stateName);
        command.Parameters.AddWithValue("key", grainKey);
        return (string?)await command.ExecuteScalarAsync();
    }
}

/// <summary>The hub's own grain storage on the local hub's SQLite file.</summary>
public sealed class SqliteGrainStorageTests(SqliteStoreFixture store) : GrainStorageContract, IClassFixture<SqliteStoreFixture>
{
    protected override IGrainStorage Storage => store.Storage;

    protected override Task<string?> StoredTextAsync(string stateName, string grainKey) => store.StoredTextAsync(stateName, grainKey);
}

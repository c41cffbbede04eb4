using IntegrationHub.Benchmarks.Seeding;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Benchmarks.Runtime;

/// <summary>
/// The peer of the cold-activation and state-write figures, in the same run: the SQL that Orleans' ADO.NET grain
/// storage sends (its own <c>ReadFromStorageKey</c> and <c>WriteToStorageKey</c> texts, read from
/// <c>orleansquery</c>), with the same parameters, through Npgsql alone, one statement at a time. What the silo adds
/// on top of it is Orleans' share.
/// </summary>
internal sealed class StoragePeer(NpgsqlDataSource dataSource, string readText, string writeText, string serviceId) : IAsyncDisposable
{
    public static async Task<StoragePeer> OpenAsync(string connectionString, string serviceId)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT querykey, querytext FROM orleansquery WHERE querykey IN ('ReadFromStorageKey', 'WriteToStorageKey')");
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            texts[reader.GetString(0)] = reader.GetString(1);
        }

        return new StoragePeer(dataSource, texts["ReadFromStorageKey"], texts["WriteToStorageKey"], serviceId);
    }

    /// <summary>The provider's read of one grain's state; the payload's length (0 when there is no row, which the caller treats as a failure).</summary>
    public async Task<int> ReadAsync(string grainType, string grainKey, string stateName)
    {
        await using var command = dataSource.CreateCommand(readText);
        AddKey(command, OrleansStorageRow.Of(grainType, grainKey, stateName));
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() && !reader.IsDBNull(0) ? ((byte[])reader.GetValue(0)).Length : 0;
    }

    /// <summary>The provider's conditional write; returns the new version (null version: the first write).</summary>
    public async Task<int> WriteAsync(string grainType, string grainKey, string stateName, int? version, byte[] payload)
    {
        await using var command = dataSource.CreateCommand(writeText);
        AddKey(command, OrleansStorageRow.Of(grainType, grainKey, stateName));
        command.Parameters.Add(new NpgsqlParameter("GrainStateVersion", NpgsqlDbType.Integer) { Value = version is { } v ? v : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("PayloadBinary", NpgsqlDbType.Bytea) { Value = payload });
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private void AddKey(NpgsqlCommand command, OrleansStorageRow row)
    {
        command.Parameters.Add(new NpgsqlParameter("GrainIdHash", NpgsqlDbType.Integer) { Value = row.GrainIdHash });
        command.Parameters.Add(new NpgsqlParameter("GrainIdN0", NpgsqlDbType.Bigint) { Value = row.N0 });
        command.Parameters.Add(new NpgsqlParameter("GrainIdN1", NpgsqlDbType.Bigint) { Value = row.N1 });
        command.Parameters.Add(new NpgsqlParameter("GrainTypeHash", NpgsqlDbType.Integer) { Value = row.GrainTypeHash });
        command.Parameters.Add(new NpgsqlParameter("GrainTypeString", NpgsqlDbType.Varchar) { Value = row.GrainTypeString });
        command.Parameters.Add(new NpgsqlParameter("GrainIdExtensionString", NpgsqlDbType.Varchar) { Value = row.Extension is { } e ? e : DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("ServiceId", NpgsqlDbType.Varchar) { Value = serviceId });
    }
}

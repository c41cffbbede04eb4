using Npgsql;
using NpgsqlTypes;
using Orleans.Storage;

namespace IntegrationHub.Benchmarks.Seeding;

/// <summary>
/// Grain states straight into Orleans' ADO.NET storage table with COPY, in the provider's own format: the row of
/// <see cref="OrleansStorageRow"/>, the silo's service id, version 1, and the payload made by the silo's own
/// <see cref="IGrainStorageSerializer"/> (System.Text.Json), so that the grain that activates reads what was seeded.
/// </summary>
internal sealed class OrleansStateCopy(NpgsqlBinaryImporter copy, string serviceId, IGrainStorageSerializer serializer)
{
    public const string Command = "COPY orleansstorage (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, grainidextensionstring, serviceid, payloadbinary, modifiedon, version) FROM STDIN (FORMAT BINARY)";

    private static readonly DateTime Seeded = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified);

    public long Bytes { get; private set; }

    public long Rows { get; private set; }

    public static async Task<OrleansStateCopy> BeginAsync(NpgsqlConnection connection, string serviceId, IGrainStorageSerializer serializer) =>
        new(await connection.BeginBinaryImportAsync(Command), serviceId, serializer);

    public async Task WriteAsync<T>(string grainType, string grainKey, string stateName, T state)
    {
        var row = OrleansStorageRow.Of(grainType, grainKey, stateName);
        var payload = serializer.Serialize(state).ToArray();
        Bytes += payload.Length;
        Rows++;
        await copy.StartRowAsync();
        await copy.WriteAsync(row.GrainIdHash, NpgsqlDbType.Integer);
        await copy.WriteAsync(row.N0, NpgsqlDbType.Bigint);
        await copy.WriteAsync(row.N1, NpgsqlDbType.Bigint);
        await copy.WriteAsync(row.GrainTypeHash, NpgsqlDbType.Integer);
        await copy.WriteAsync(row.GrainTypeString, NpgsqlDbType.Varchar);
        if (row.Extension is null)
        {
            await copy.WriteNullAsync();
        }
        else
        {
            await copy.WriteAsync(row.Extension, NpgsqlDbType.Varchar);
        }

        await copy.WriteAsync(serviceId, NpgsqlDbType.Varchar);
        await copy.WriteAsync(payload, NpgsqlDbType.Bytea);
        await copy.WriteAsync(Seeded, NpgsqlDbType.Timestamp);
        await copy.WriteAsync(1, NpgsqlDbType.Integer);
    }

    public async Task CompleteAsync()
    {
        await copy.CompleteAsync();
        await copy.DisposeAsync();
    }
}

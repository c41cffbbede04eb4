using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Benchmarks.Seeding;

/// <summary>The hub's query rows (<c>hub_index</c>, migration 0101) with COPY; the grain names are the hub's (<c>[GrainType]</c> and key).</summary>
internal sealed class HubIndexCopy(NpgsqlBinaryImporter copy)
{
    public const string Command = "COPY hub_index (index_name, entry_key, partition_key, sort_key, grain_type, grain_key, payload) FROM STDIN (FORMAT BINARY)";

    public long Rows { get; private set; }

    public static async Task<HubIndexCopy> BeginAsync(NpgsqlConnection connection) => new(await connection.BeginBinaryImportAsync(Command));

    public async Task WriteAsync(string index, string entry, string partition, string sort, string grainType, string grainKey, string? payload = null)
    {
        Rows++;
        await copy.StartRowAsync();
        await copy.WriteAsync(index, NpgsqlDbType.Text);
        await copy.WriteAsync(entry, NpgsqlDbType.Text);
        await copy.WriteAsync(partition, NpgsqlDbType.Text);
        await copy.WriteAsync(sort, NpgsqlDbType.Text);
        await copy.WriteAsync(grainType, NpgsqlDbType.Text);
        await copy.WriteAsync(grainKey, NpgsqlDbType.Text);
        if (payload is null)
        {
            await copy.WriteNullAsync();
        }
        else
        {
            await copy.WriteAsync(payload, NpgsqlDbType.Jsonb);
        }
    }

    public async Task CompleteAsync()
    {
        await copy.CompleteAsync();
        await copy.DisposeAsync();
    }
}

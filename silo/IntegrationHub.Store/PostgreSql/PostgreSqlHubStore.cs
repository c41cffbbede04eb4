using IntegrationHub.Store.Assertions;
using IntegrationHub.Store.Attachments;
using IntegrationHub.Store.Effects;
using IntegrationHub.Store.Indexes;
using IntegrationHub.Store.Outbox;
using IntegrationHub.Store.Retention;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Store.PostgreSql;

/// <summary>The cluster's store: one PostgreSQL database shared by every silo and gateway.</summary>
internal sealed partial class PostgreSqlHubStore(NpgsqlDataSource dataSource, PostgreSqlStoreOptions options, OutboxSignal signal)
    : IIndexStore, IEffectStore, IOutboxStore, IAttachmentStore, IUsedAssertionStore, IRetentionStore
{
    private const string UpsertIndex = """
        INSERT INTO hub_index (index_name, entry_key, partition_key, sort_key, grain_type, grain_key, payload)
        VALUES (@index, @entry, @partition, @sort, @type, @key, @payload)
        ON CONFLICT (index_name, entry_key) DO UPDATE SET partition_key = excluded.partition_key, sort_key = excluded.sort_key,
            grain_type = excluded.grain_type, grain_key = excluded.grain_key, payload = excluded.payload
        """;

    public async Task<IReadOnlyList<IndexEntry>> QueryAsync(IndexQuery query, CancellationToken cancellationToken)
    {
        var (comparison, order) = query.Descending ? ("<", "DESC") : (">", "ASC");
        var sql = $"""
            SELECT index_name, entry_key, partition_key, sort_key, grain_type, grain_key, payload::text
            FROM hub_index
            WHERE index_name = @index
              AND (@partition::text IS NULL OR partition_key = @partition)
              AND (@from::text IS NULL OR sort_key >= @from)
              AND (@to::text IS NULL OR sort_key < @to)
              AND (@afterSort::text IS NULL OR (sort_key, entry_key) {comparison} (@afterSort, @afterEntry))
            ORDER BY sort_key {order}, entry_key {order}
            LIMIT @limit
            """;
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("index", query.Index);
        command.Parameters.AddWithValue("partition", NpgsqlDbType.Text, (object?)query.Partition ?? DBNull.Value);
        command.Parameters.AddWithValue("from", NpgsqlDbType.Text, (object?)query.SortFrom ?? DBNull.Value);
        command.Parameters.AddWithValue("to", NpgsqlDbType.Text, (object?)query.SortTo ?? DBNull.Value);
        command.Parameters.AddWithValue("afterSort", NpgsqlDbType.Text, (object?)query.After?.SortKey ?? DBNull.Value);
        command.Parameters.AddWithValue("afterEntry", NpgsqlDbType.Text, (object?)query.After?.EntryKey ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", query.Limit);
        var rows = new List<IndexEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new IndexEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                new GrainRef(reader.GetString(4), reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return rows;
    }

    public async Task WriteAsync(IReadOnlyList<IndexEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var batch = dataSource.CreateBatch();
        foreach (var entry in entries)
        {
            batch.BatchCommands.Add(IndexUpsert(entry));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand IndexUpsert(IndexEntry entry)
    {
        var command = new NpgsqlBatchCommand(UpsertIndex);
        command.Parameters.AddWithValue("index", entry.Index);
        command.Parameters.AddWithValue("entry", entry.EntryKey);
        command.Parameters.AddWithValue("partition", entry.Partition);
        command.Parameters.AddWithValue("sort", entry.SortKey);
        command.Parameters.AddWithValue("type", entry.Grain.Type);
        command.Parameters.AddWithValue("key", entry.Grain.Key);
        command.Parameters.AddWithValue("payload", NpgsqlDbType.Jsonb, (object?)entry.Payload ?? DBNull.Value);
        return command;
    }

    private static NpgsqlBatchCommand IndexRemoval(string index, string entryKey)
    {
        var command = new NpgsqlBatchCommand("DELETE FROM hub_index WHERE index_name = @index AND entry_key = @entry");
        command.Parameters.AddWithValue("index", index);
        command.Parameters.AddWithValue("entry", entryKey);
        return command;
    }
}

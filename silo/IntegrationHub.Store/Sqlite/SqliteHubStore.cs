using IntegrationHub.Store.Assertions;
using IntegrationHub.Store.Attachments;
using IntegrationHub.Store.Effects;
using IntegrationHub.Store.Indexes;
using IntegrationHub.Store.Outbox;
using IntegrationHub.Store.Retention;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Store.Sqlite;

/// <summary>The local hub's store: the hub's tables in the one SQLite file.</summary>
internal sealed partial class SqliteHubStore(SqliteDatabase database, OutboxSignal signal, TimeProvider clock)
    : IIndexStore, IEffectStore, IOutboxStore, IAttachmentStore, IUsedAssertionStore, IRetentionStore
{
    private const string UpsertIndex = """
        INSERT INTO hub_index (index_name, entry_key, partition_key, sort_key, grain_type, grain_key, payload)
        VALUES ($index, $entry, $partition, $sort, $type, $key, $payload)
        ON CONFLICT (index_name, entry_key) DO UPDATE SET partition_key = excluded.partition_key, sort_key = excluded.sort_key,
            grain_type = excluded.grain_type, grain_key = excluded.grain_key, payload = excluded.payload
        """;

    public Task<IReadOnlyList<IndexEntry>> QueryAsync(IndexQuery query, CancellationToken cancellationToken)
    {
        var (comparison, order) = query.Descending ? ("<", "DESC") : (">", "ASC");
        var sql = $"""
            SELECT index_name, entry_key, partition_key, sort_key, grain_type, grain_key, payload
            FROM hub_index
            WHERE index_name = $index
              AND ($partition IS NULL OR partition_key = $partition)
              AND ($from IS NULL OR sort_key >= $from)
              AND ($to IS NULL OR sort_key < $to)
              AND ($afterSort IS NULL OR (sort_key, entry_key) {comparison} ($afterSort, $afterEntry))
            ORDER BY sort_key {order}, entry_key {order}
            LIMIT $limit
            """;
        return database.RunAsync<IReadOnlyList<IndexEntry>>(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(connection, sql);
                command.Parameters.AddWithValue("$index", query.Index);
                command.Parameters.AddWithValue("$partition", (object?)query.Partition ?? DBNull.Value);
                command.Parameters.AddWithValue("$from", (object?)query.SortFrom ?? DBNull.Value);
                command.Parameters.AddWithValue("$to", (object?)query.SortTo ?? DBNull.Value);
                command.Parameters.AddWithValue("$afterSort", (object?)query.After?.SortKey ?? DBNull.Value);
                command.Parameters.AddWithValue("$afterEntry", (object?)query.After?.EntryKey ?? DBNull.Value);
                command.Parameters.AddWithValue("$limit", query.Limit);
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
            },
            cancellationToken);
    }

    public Task WriteAsync(IReadOnlyList<IndexEntry> entries, CancellationToken cancellationToken) =>
        entries.Count == 0
            ? Task.CompletedTask
            : database.RunAsync(
                async connection =>
                {
                    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                    foreach (var entry in entries)
                    {
                        await UpsertAsync(connection, transaction, entry, cancellationToken);
                    }

                    await transaction.CommitAsync(cancellationToken);
                    return 0;
                },
                cancellationToken);

    private static async Task UpsertAsync(SqliteConnection connection, SqliteTransaction transaction, IndexEntry entry, CancellationToken cancellationToken)
    {
        await using var command = SqliteDatabase.Command(connection, UpsertIndex, transaction);
        command.Parameters.AddWithValue("$index", entry.Index);
        command.Parameters.AddWithValue("$entry", entry.EntryKey);
        command.Parameters.AddWithValue("$partition", entry.Partition);
        command.Parameters.AddWithValue("$sort", entry.SortKey);
        command.Parameters.AddWithValue("$type", entry.Grain.Type);
        command.Parameters.AddWithValue("$key", entry.Grain.Key);
        command.Parameters.AddWithValue("$payload", (object?)entry.Payload ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task RemoveAsync(SqliteConnection connection, SqliteTransaction transaction, string index, string entryKey, CancellationToken cancellationToken)
    {
        await using var command = SqliteDatabase.Command(connection, "DELETE FROM hub_index WHERE index_name = $index AND entry_key = $entry", transaction);
        command.Parameters.AddWithValue("$index", index);
        command.Parameters.AddWithValue("$entry", entryKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

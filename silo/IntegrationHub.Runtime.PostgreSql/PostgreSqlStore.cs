using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Runtime.Storage;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Runtime.PostgreSql;

/// <summary>
/// The production store, shared by every silo of a cluster. A state write is one conditional statement that also
/// announces the new version with pg_notify, so the notification is sent only if, and when, the write commits.
/// </summary>
public sealed partial class PostgreSqlStore(NpgsqlDataSource dataSource, PostgreSqlStoreOptions storeOptions, GrainRuntimeOptions runtimeOptions)
    : IGrainStorage, IOutboxStore, IReminderTable
{
    private const string InsertState = """
        WITH written AS (
            INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version)
            VALUES (@type, @key, @name, @payload, 1)
            ON CONFLICT (grain_type, grain_key, state_name) DO NOTHING
            RETURNING version)
        SELECT version, pg_notify(@channel, @notice || version::text) FROM written
        """;

    private const string UpdateState = """
        WITH written AS (
            UPDATE grain_state SET payload = @payload, version = version + 1, updated_at = now()
            WHERE grain_type = @type AND grain_key = @key AND state_name = @name AND version = @expected
            RETURNING version)
        SELECT version, pg_notify(@channel, @notice || version::text) FROM written
        """;

    private const string InsertEvent = """
        INSERT INTO outbox_events (id, topic, payload, created_at, due_at) VALUES (@id, @topic, @payload, @created, @due)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string UpsertIndex = """
        INSERT INTO grain_index (index_name, entry_key, partition_key, sort_key, grain_type, grain_key, payload)
        VALUES (@index, @entry, @partition, @sort, @type, @key, @payload)
        ON CONFLICT (index_name, entry_key) DO UPDATE SET partition_key = excluded.partition_key, sort_key = excluded.sort_key,
            grain_type = excluded.grain_type, grain_key = excluded.grain_key, payload = excluded.payload
        """;

    private const string DeleteIndex = "DELETE FROM grain_index WHERE index_name = @index AND entry_key = @entry";

    public async Task<StoredState> ReadAsync(GrainId grain, string stateName, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT payload::text, version FROM grain_state WHERE grain_type = @type AND grain_key = @key AND state_name = @name");
        command.Parameters.AddWithValue("type", grain.Type);
        command.Parameters.AddWithValue("key", grain.Key);
        command.Parameters.AddWithValue("name", stateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return StoredState.None;
        }

        return new StoredState(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1));
    }

    public async Task<long> CommitAsync(GrainCommit commit, CancellationToken cancellationToken)
    {
        if (commit.IsEmpty)
        {
            return 0;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var single = commit.Events.Count + commit.IndexUpserts.Count + commit.IndexRemovals.Count == 0;
        await using var transaction = single ? null : await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (commit.State is { } write)
        {
            batch.BatchCommands.Add(StateCommand(write));
        }

        foreach (var message in commit.Events)
        {
            var command = new NpgsqlBatchCommand(InsertEvent);
            command.Parameters.AddWithValue("id", message.Id);
            command.Parameters.AddWithValue("topic", message.Topic);
            command.Parameters.AddWithValue("payload", NpgsqlDbType.Jsonb, message.Payload);
            command.Parameters.AddWithValue("created", message.CreatedAt.ToUniversalTime());
            command.Parameters.AddWithValue("due", message.DueAt.ToUniversalTime());
            batch.BatchCommands.Add(command);
        }

        foreach (var removal in commit.IndexRemovals)
        {
            var command = new NpgsqlBatchCommand(DeleteIndex);
            command.Parameters.AddWithValue("index", removal.Index);
            command.Parameters.AddWithValue("entry", removal.EntryKey);
            batch.BatchCommands.Add(command);
        }

        foreach (var entry in commit.IndexUpserts)
        {
            var command = new NpgsqlBatchCommand(UpsertIndex);
            command.Parameters.AddWithValue("index", entry.Index);
            command.Parameters.AddWithValue("entry", entry.EntryKey);
            command.Parameters.AddWithValue("partition", entry.Partition);
            command.Parameters.AddWithValue("sort", entry.SortKey);
            command.Parameters.AddWithValue("type", entry.Grain.Type);
            command.Parameters.AddWithValue("key", entry.Grain.Key);
            command.Parameters.AddWithValue("payload", NpgsqlDbType.Jsonb, (object?)entry.Payload ?? DBNull.Value);
            batch.BatchCommands.Add(command);
        }

        long version = 0;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            if (commit.State is not null)
            {
                if (!await reader.ReadAsync(cancellationToken))
                {
                    await reader.DisposeAsync();
                    if (transaction is not null)
                    {
                        await transaction.RollbackAsync(cancellationToken);
                    }

                    throw new InconsistentStateException(commit.State.Grain, commit.State.StateName, commit.State.ExpectedVersion);
                }

                version = reader.GetInt64(0);
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return version;
    }

    public async Task<IReadOnlyList<IndexEntry>> QueryIndexAsync(IndexQuery query, CancellationToken cancellationToken)
    {
        var (comparison, order) = query.Descending ? ("<", "DESC") : (">", "ASC");
        var sql = $"""
            SELECT index_name, entry_key, partition_key, sort_key, grain_type, grain_key, payload::text
            FROM grain_index
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
                new GrainId(reader.GetString(4), reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<GrainId>> PurgeAsync(string index, string grainType, string sortKeyBefore, int batchSize, CancellationToken cancellationToken)
    {
        const string Sql = """
            WITH doomed AS (
                SELECT DISTINCT grain_key FROM (
                    SELECT grain_key FROM grain_index
                    WHERE index_name = @index AND grain_type = @type AND sort_key < @before
                    ORDER BY sort_key LIMIT @batch) candidates),
            states AS (DELETE FROM grain_state s USING doomed d WHERE s.grain_type = @type AND s.grain_key = d.grain_key),
            reminders AS (DELETE FROM reminders r USING doomed d WHERE r.grain_type = @type AND r.grain_key = d.grain_key),
            rows AS (DELETE FROM grain_index i USING doomed d WHERE i.grain_type = @type AND i.grain_key = d.grain_key)
            SELECT grain_key, pg_notify(@channel, @silo || chr(31) || @type || chr(31) || grain_key || chr(31) || '' || chr(31) || @removed)
            FROM doomed
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("index", index);
        command.Parameters.AddWithValue("type", grainType);
        command.Parameters.AddWithValue("before", sortKeyBefore);
        command.Parameters.AddWithValue("batch", batchSize);
        command.Parameters.AddWithValue("channel", storeOptions.ChangeChannel);
        command.Parameters.AddWithValue("silo", runtimeOptions.SiloId);
        command.Parameters.AddWithValue("removed", Invalidation.GrainStateChanged.Removed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var purged = new List<GrainId>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            purged.Add(new GrainId(grainType, reader.GetString(0)));
        }

        return purged;
    }

    private NpgsqlBatchCommand StateCommand(StateWrite write)
    {
        var command = new NpgsqlBatchCommand(write.ExpectedVersion == 0 ? InsertState : UpdateState);
        command.Parameters.AddWithValue("type", write.Grain.Type);
        command.Parameters.AddWithValue("key", write.Grain.Key);
        command.Parameters.AddWithValue("name", write.StateName);
        command.Parameters.AddWithValue("payload", NpgsqlDbType.Jsonb, (object?)write.Json ?? DBNull.Value);
        command.Parameters.AddWithValue("expected", write.ExpectedVersion);
        command.Parameters.AddWithValue("channel", storeOptions.ChangeChannel);
        command.Parameters.AddWithValue("notice", PostgreSqlChangeFeed.NoticePrefix(runtimeOptions.SiloId, write.Grain, write.StateName));
        return command;
    }
}

using IntegrationHub.Runtime.Storage;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Runtime.Sqlite;

/// <summary>
/// The embedded store of the one-process local hub: one file, one connection, every operation under one gate.
/// SQLite compares text with BINARY collation by default, which is the ordinal order the other stores use.
/// </summary>
public sealed partial class SqliteStore : IGrainStorage, IOutboxStore, IReminderTable, IStoreInitializer, IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SqliteConnection connection;
    private int disposed;

    public SqliteStore(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ExecuteAsync("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;", null, cancellationToken);
            await ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", null, cancellationToken);
            foreach (var (version, name, sql) in EmbeddedMigrations.Read(typeof(SqliteStore).Assembly))
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await using var check = Command("SELECT 1 FROM schema_migrations WHERE version = $v", transaction);
                check.Parameters.AddWithValue("$v", version);
                if (await check.ExecuteScalarAsync(cancellationToken) is not null)
                {
                    continue;
                }

                await ExecuteAsync(sql, transaction, cancellationToken);
                await using var record = Command("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $at)", transaction);
                record.Parameters.AddWithValue("$v", version);
                record.Parameters.AddWithValue("$n", name);
                record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<StoredState> ReadAsync(GrainId grain, string stateName, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var command = Command("SELECT payload, version FROM grain_state WHERE grain_type = $type AND grain_key = $key AND state_name = $name");
            AddState(command, grain, stateName);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? new StoredState(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1))
                : StoredState.None;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<long> CommitAsync(GrainCommit commit, CancellationToken cancellationToken)
    {
        if (commit.IsEmpty)
        {
            return 0;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            long version = 0;
            if (commit.State is { } write)
            {
                var sql = write.ExpectedVersion == 0
                    ? "INSERT INTO grain_state (grain_type, grain_key, state_name, payload, version) VALUES ($type, $key, $name, $payload, 1) ON CONFLICT DO NOTHING"
                    : "UPDATE grain_state SET payload = $payload, version = version + 1 WHERE grain_type = $type AND grain_key = $key AND state_name = $name AND version = $expected";
                await using var command = Command(sql, transaction);
                AddState(command, write.Grain, write.StateName);
                command.Parameters.AddWithValue("$payload", (object?)write.Json ?? DBNull.Value);
                command.Parameters.AddWithValue("$expected", write.ExpectedVersion);
                if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
                {
                    throw new InconsistentStateException(write.Grain, write.StateName, write.ExpectedVersion);
                }

                version = write.ExpectedVersion + 1;
            }

            foreach (var message in commit.Events)
            {
                await using var command = Command(
                    "INSERT INTO outbox_events (id, topic, payload, created_at, due_at) VALUES ($id, $topic, $payload, $created, $due) ON CONFLICT DO NOTHING",
                    transaction);
                command.Parameters.AddWithValue("$id", message.Id.ToString());
                command.Parameters.AddWithValue("$topic", message.Topic);
                command.Parameters.AddWithValue("$payload", message.Payload);
                command.Parameters.AddWithValue("$created", message.CreatedAt.UtcTicks);
                command.Parameters.AddWithValue("$due", message.DueAt.UtcTicks);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var removal in commit.IndexRemovals)
            {
                await using var command = Command("DELETE FROM grain_index WHERE index_name = $index AND entry_key = $entry", transaction);
                command.Parameters.AddWithValue("$index", removal.Index);
                command.Parameters.AddWithValue("$entry", removal.EntryKey);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var entry in commit.IndexUpserts)
            {
                await using var command = Command("""
                    INSERT INTO grain_index (index_name, entry_key, partition_key, sort_key, grain_type, grain_key, payload)
                    VALUES ($index, $entry, $partition, $sort, $type, $key, $payload)
                    ON CONFLICT (index_name, entry_key) DO UPDATE SET partition_key = excluded.partition_key, sort_key = excluded.sort_key,
                        grain_type = excluded.grain_type, grain_key = excluded.grain_key, payload = excluded.payload
                    """, transaction);
                command.Parameters.AddWithValue("$index", entry.Index);
                command.Parameters.AddWithValue("$entry", entry.EntryKey);
                command.Parameters.AddWithValue("$partition", entry.Partition);
                command.Parameters.AddWithValue("$sort", entry.SortKey);
                command.Parameters.AddWithValue("$type", entry.Grain.Type);
                command.Parameters.AddWithValue("$key", entry.Grain.Key);
                command.Parameters.AddWithValue("$payload", (object?)entry.Payload ?? DBNull.Value);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return version;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<IReadOnlyList<IndexEntry>> QueryIndexAsync(IndexQuery query, CancellationToken cancellationToken)
    {
        var (comparison, order) = query.Descending ? ("<", "DESC") : (">", "ASC");
        var sql = $"""
            SELECT index_name, entry_key, partition_key, sort_key, grain_type, grain_key, payload
            FROM grain_index
            WHERE index_name = $index
              AND ($partition IS NULL OR partition_key = $partition)
              AND ($from IS NULL OR sort_key >= $from)
              AND ($to IS NULL OR sort_key < $to)
              AND ($afterSort IS NULL OR (sort_key, entry_key) {comparison} ($afterSort, $afterEntry))
            ORDER BY sort_key {order}, entry_key {order}
            LIMIT $limit
            """;
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var command = Command(sql);
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
                    new GrainId(reader.GetString(4), reader.GetString(5)),
                    reader.IsDBNull(6) ? null : reader.GetString(6)));
            }

            return rows;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<IReadOnlyList<GrainId>> PurgeAsync(string index, string grainType, string sortKeyBefore, int batchSize, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var keys = new List<string>();
            await using (var select = Command("""
                SELECT DISTINCT grain_key FROM (
                    SELECT grain_key FROM grain_index WHERE index_name = $index AND grain_type = $type AND sort_key < $before
                    ORDER BY sort_key LIMIT $batch)
                """, transaction))
            {
                select.Parameters.AddWithValue("$index", index);
                select.Parameters.AddWithValue("$type", grainType);
                select.Parameters.AddWithValue("$before", sortKeyBefore);
                select.Parameters.AddWithValue("$batch", batchSize);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    keys.Add(reader.GetString(0));
                }
            }

            foreach (var table in (string[])["grain_state", "reminders", "grain_index"])
            {
                foreach (var key in keys)
                {
                    await using var delete = Command($"DELETE FROM {table} WHERE grain_type = $type AND grain_key = $key", transaction);
                    delete.Parameters.AddWithValue("$type", grainType);
                    delete.Parameters.AddWithValue("$key", key);
                    await delete.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
            return keys.Select(k => new GrainId(grainType, k)).ToList();
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Registered under several service types, so the container may dispose it more than once.
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await connection.DisposeAsync();
        }
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private async Task ExecuteAsync(string sql, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddState(SqliteCommand command, GrainId grain, string stateName)
    {
        command.Parameters.AddWithValue("$type", grain.Type);
        command.Parameters.AddWithValue("$key", grain.Key);
        command.Parameters.AddWithValue("$name", stateName);
    }
}

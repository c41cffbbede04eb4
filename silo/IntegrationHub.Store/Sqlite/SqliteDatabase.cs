using IntegrationHub.Store.Migrations;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Store.Sqlite;

/// <summary>
/// The local hub's one file and one connection, every statement under one gate (SQLite allows one writer; the local hub
/// is one process). Orleans' grain state and reminders for the local hub live here too, beside the hub's tables.
/// SQLite compares text with BINARY collation by default: the ordinal order PostgreSQL's COLLATE "C" gives.
/// </summary>
public sealed class SqliteDatabase : IStoreInitializer, IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly SqliteConnection connection;
    private int disposed;

    public SqliteDatabase(string path)
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
        await RunAsync(
            async connection =>
            {
                await connection.OpenAsync(cancellationToken);
                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", null, cancellationToken);
                await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS hub_schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", null, cancellationToken);
                foreach (var migration in EmbeddedMigrations.Read("Sqlite.Migrations."))
                {
                    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                    await using var check = Command(connection, "SELECT 1 FROM hub_schema_migrations WHERE version = $v", transaction);
                    check.Parameters.AddWithValue("$v", migration.Version);
                    if (await check.ExecuteScalarAsync(cancellationToken) is not null)
                    {
                        continue;
                    }

                    await ExecuteAsync(connection, migration.Sql, transaction, cancellationToken);
                    await using var record = Command(connection, "INSERT INTO hub_schema_migrations (version, name, applied_at) VALUES ($v, $n, $at)", transaction);
                    record.Parameters.AddWithValue("$v", migration.Version);
                    record.Parameters.AddWithValue("$n", migration.Name);
                    record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                    await record.ExecuteNonQueryAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }

                return 0;
            },
            cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> alone on the connection.</summary>
    public async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await work(connection);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs one statement alone on the connection; returns the rows it changed.</summary>
    public Task<int> ExecuteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken) =>
        RunAsync(
            async connection =>
            {
                await using var command = Command(connection, sql);
                bind(command.Parameters);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    public static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await connection.DisposeAsync();
            gate.Dispose();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

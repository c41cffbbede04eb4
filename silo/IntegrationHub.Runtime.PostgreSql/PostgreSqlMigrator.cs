using IntegrationHub.Runtime.Storage;
using Npgsql;

namespace IntegrationHub.Runtime.PostgreSql;

/// <summary>
/// Applies the embedded, numbered migrations that are not yet recorded, each in its own transaction, under an
/// advisory lock so that silos starting together apply each exactly once.
/// </summary>
internal sealed class PostgreSqlMigrator(NpgsqlDataSource dataSource) : IStoreInitializer
{
    private const long MigrationLockKey = 0x1177_0001;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var create = new NpgsqlCommand(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
            connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (version, name, sql) in EmbeddedMigrations.Read(typeof(PostgreSqlMigrator).Assembly))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
            {
                lockCommand.Parameters.AddWithValue("key", MigrationLockKey);
                await lockCommand.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var check = new NpgsqlCommand("SELECT 1 FROM schema_migrations WHERE version = @v", connection, transaction))
            {
                check.Parameters.AddWithValue("v", version);
                if (await check.ExecuteScalarAsync(cancellationToken) is not null)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    continue;
                }
            }

            await using (var apply = new NpgsqlCommand(sql, connection, transaction))
            {
                await apply.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES (@v, @n)", connection, transaction))
            {
                record.Parameters.AddWithValue("v", version);
                record.Parameters.AddWithValue("n", name);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }
}

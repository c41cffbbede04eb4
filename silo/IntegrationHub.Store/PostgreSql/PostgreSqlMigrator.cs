using IntegrationHub.Store.Migrations;
using Npgsql;

namespace IntegrationHub.Store.PostgreSql;

/// <summary>
/// Applies Orleans' ADO.NET scripts and the hub's migrations that are not yet recorded in <c>hub_schema_migrations</c>,
/// each in its own transaction, under an advisory lock so that silos and gateways starting together apply each once.
/// </summary>
internal sealed class PostgreSqlMigrator(NpgsqlDataSource dataSource) : IStoreInitializer
{
    private const long MigrationLockKey = 0x1177_0001;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var create = new NpgsqlCommand(
            "CREATE TABLE IF NOT EXISTS hub_schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
            connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var migration in EmbeddedMigrations.Read("PostgreSql.Orleans.", "PostgreSql.Migrations."))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
            {
                lockCommand.Parameters.AddWithValue("key", MigrationLockKey);
                await lockCommand.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var check = new NpgsqlCommand("SELECT 1 FROM hub_schema_migrations WHERE version = @v", connection, transaction))
            {
                check.Parameters.AddWithValue("v", migration.Version);
                if (await check.ExecuteScalarAsync(cancellationToken) is not null)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    continue;
                }
            }

            await using (var apply = new NpgsqlCommand(migration.Sql, connection, transaction))
            {
                await apply.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var record = new NpgsqlCommand("INSERT INTO hub_schema_migrations (version, name) VALUES (@v, @n)", connection, transaction))
            {
                record.Parameters.AddWithValue("v", migration.Version);
                record.Parameters.AddWithValue("n", migration.Name);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }
}

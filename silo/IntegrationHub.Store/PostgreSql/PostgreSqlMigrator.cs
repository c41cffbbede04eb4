using IntegrationHub.Store.Migrations;
using Npgsql;

namespace IntegrationHub.Store.PostgreSql;

/// <summary>
/// Applies Orleans' ADO.NET scripts and the hub's migrations that are not yet recorded in <c>hub_schema_migrations</c>,
/// each in its own transaction, holding an advisory lock throughout, so that silos and gateways starting together apply
/// each once (even <c>CREATE TABLE IF NOT EXISTS</c> races in PostgreSQL without it).
/// </summary>
internal sealed class PostgreSqlMigrator(NpgsqlDataSource dataSource) : IStoreInitializer
{
    private const long MigrationLockKey = 0x1177_0001;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_lock(@key)", cancellationToken, ("key", MigrationLockKey));
        try
        {
            await ExecuteAsync(
                connection,
                "CREATE TABLE IF NOT EXISTS hub_schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
                cancellationToken);
            foreach (var migration in EmbeddedMigrations.Read("PostgreSql.Orleans.", "PostgreSql.Migrations."))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using (var check = new NpgsqlCommand("SELECT 1 FROM hub_schema_migrations WHERE version = @v", connection, transaction))
                {
                    check.Parameters.AddWithValue("v", migration.Version);
                    if (await check.ExecuteScalarAsync(cancellationToken) is not null)
                    {
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
        finally
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_unlock(@key)", CancellationToken.None, ("key", MigrationLockKey));
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

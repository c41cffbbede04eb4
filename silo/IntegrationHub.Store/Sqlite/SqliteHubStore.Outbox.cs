using IntegrationHub.Store.Effects;
using IntegrationHub.Store.Outbox;

namespace IntegrationHub.Store.Sqlite;

internal sealed partial class SqliteHubStore
{
    public Task<IReadOnlyList<ClaimedOutboxMessage>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int maxCount, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<ClaimedOutboxMessage>>(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(connection, """
                    UPDATE hub_outbox SET lease_owner = $owner, lease_until = $until
                    WHERE id IN (SELECT id FROM hub_outbox
                                 WHERE delivered_at IS NULL AND due_at <= $now AND (lease_until IS NULL OR lease_until < $now)
                                 ORDER BY due_at LIMIT $max)
                    RETURNING id, topic, payload, created_at, due_at, attempts
                    """);
                command.Parameters.AddWithValue("$owner", owner);
                command.Parameters.AddWithValue("$until", (now + lease).UtcTicks);
                command.Parameters.AddWithValue("$now", now.UtcTicks);
                command.Parameters.AddWithValue("$max", maxCount);
                var claimed = new List<ClaimedOutboxMessage>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    claimed.Add(new ClaimedOutboxMessage(
                        new OutboxMessage(
                            Guid.Parse(reader.GetString(0)),
                            reader.GetString(1),
                            reader.GetString(2),
                            new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                            new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero)),
                        reader.GetInt32(5)));
                }

                return claimed.OrderBy(c => c.Message.DueAt).ToList();
            },
            cancellationToken);

    public Task CompleteAsync(Guid id, string owner, DateTimeOffset deliveredAt, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE hub_outbox SET delivered_at = $at, lease_owner = NULL, lease_until = NULL WHERE id = $id AND delivered_at IS NULL",
            p =>
            {
                p.AddWithValue("$id", id.ToString());
                p.AddWithValue("$at", deliveredAt.UtcTicks);
            },
            cancellationToken);

    public Task ReleaseAsync(Guid id, string owner, DateTimeOffset retryAt, string error, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            """
            UPDATE hub_outbox SET attempts = attempts + 1, due_at = $retry, lease_owner = NULL, lease_until = NULL, last_error = $error
            WHERE id = $id AND lease_owner = $owner AND delivered_at IS NULL
            """,
            p =>
            {
                p.AddWithValue("$id", id.ToString());
                p.AddWithValue("$owner", owner);
                p.AddWithValue("$retry", retryAt.UtcTicks);
                p.AddWithValue("$error", error);
            },
            cancellationToken);

    public Task<int> CountUndeliveredAsync(CancellationToken cancellationToken) =>
        database.RunAsync(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(connection, "SELECT count(*) FROM hub_outbox WHERE delivered_at IS NULL");
                return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            },
            cancellationToken);

    public Task<int> CountDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.RunAsync(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(connection, "SELECT count(*) FROM hub_outbox WHERE delivered_at IS NULL AND due_at <= $now");
                command.Parameters.AddWithValue("$now", now.UtcTicks);
                return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            },
            cancellationToken);

    public Task<bool> IsPendingAsync(Guid id, CancellationToken cancellationToken) =>
        database.RunAsync(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(connection, "SELECT 1 FROM hub_outbox WHERE id = $id AND delivered_at IS NULL");
                command.Parameters.AddWithValue("$id", id.ToString());
                return await command.ExecuteScalarAsync(cancellationToken) is not null;
            },
            cancellationToken);

    public Task<DateTimeOffset?> OldestUndeliveredAsync(CancellationToken cancellationToken) =>
        database.RunAsync(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(connection, "SELECT min(due_at) FROM hub_outbox WHERE delivered_at IS NULL");
                return await command.ExecuteScalarAsync(cancellationToken) is long ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : (DateTimeOffset?)null;
            },
            cancellationToken);
}

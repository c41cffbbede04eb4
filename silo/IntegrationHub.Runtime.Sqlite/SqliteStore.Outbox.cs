using IntegrationHub.Runtime.Storage;

namespace IntegrationHub.Runtime.Sqlite;

public sealed partial class SqliteStore
{
    public async Task<IReadOnlyList<ClaimedOutboxMessage>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int maxCount, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var command = Command("""
                UPDATE outbox_events SET lease_owner = $owner, lease_until = $until
                WHERE id IN (SELECT id FROM outbox_events
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
        }
        finally
        {
            gate.Release();
        }
    }

    public Task CompleteAsync(Guid id, string owner, DateTimeOffset deliveredAt, CancellationToken cancellationToken) =>
        ExecuteLockedAsync(
            "UPDATE outbox_events SET delivered_at = $at, lease_owner = NULL, lease_until = NULL WHERE id = $id AND delivered_at IS NULL",
            [("$id", id.ToString()), ("$at", deliveredAt.UtcTicks)],
            cancellationToken);

    public Task ReleaseAsync(Guid id, string owner, DateTimeOffset retryAt, string error, CancellationToken cancellationToken) =>
        ExecuteLockedAsync(
            """
            UPDATE outbox_events SET attempts = attempts + 1, due_at = $retry, lease_owner = NULL, lease_until = NULL, last_error = $error
            WHERE id = $id AND lease_owner = $owner AND delivered_at IS NULL
            """,
            [("$id", id.ToString()), ("$owner", owner), ("$retry", retryAt.UtcTicks), ("$error", error)],
            cancellationToken);

    public async Task<int> CountUndeliveredAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var command = Command("SELECT count(*) FROM outbox_events WHERE delivered_at IS NULL");
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> ExecuteLockedAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var command = Command(sql);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}

using IntegrationHub.Store.Effects;
using IntegrationHub.Store.Outbox;

namespace IntegrationHub.Store.PostgreSql;

internal sealed partial class PostgreSqlHubStore
{
    public async Task<IReadOnlyList<ClaimedOutboxMessage>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int maxCount, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE hub_outbox o SET lease_owner = @owner, lease_until = @until
            FROM (SELECT id FROM hub_outbox
                  WHERE delivered_at IS NULL AND due_at <= @now AND (lease_until IS NULL OR lease_until < @now)
                  ORDER BY due_at LIMIT @max
                  FOR UPDATE SKIP LOCKED) claimed
            WHERE o.id = claimed.id
            RETURNING o.id, o.topic, o.payload::text, o.created_at, o.due_at, o.attempts
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("until", (now + lease).ToUniversalTime());
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("max", maxCount);
        var claimed = new List<ClaimedOutboxMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new ClaimedOutboxMessage(
                new OutboxMessage(
                    reader.GetGuid(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetFieldValue<DateTimeOffset>(3),
                    reader.GetFieldValue<DateTimeOffset>(4)),
                reader.GetInt32(5)));
        }

        return claimed.OrderBy(c => c.Message.DueAt).ToList();
    }

    public async Task CompleteAsync(Guid id, string owner, DateTimeOffset deliveredAt, CancellationToken cancellationToken)
    {
        // Delivered is delivered, even if the lease ran out meanwhile: marking it spares the receiver a duplicate.
        await using var command = dataSource.CreateCommand(
            "UPDATE hub_outbox SET delivered_at = @at, lease_owner = NULL, lease_until = NULL WHERE id = @id AND delivered_at IS NULL");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("at", deliveredAt.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ReleaseAsync(Guid id, string owner, DateTimeOffset retryAt, string error, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE hub_outbox SET attempts = attempts + 1, due_at = @retry, lease_owner = NULL, lease_until = NULL, last_error = @error
            WHERE id = @id AND lease_owner = @owner AND delivered_at IS NULL
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("retry", retryAt.ToUniversalTime());
        command.Parameters.AddWithValue("error", error);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> CountUndeliveredAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM hub_outbox WHERE delivered_at IS NULL");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<int> CountDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM hub_outbox WHERE delivered_at IS NULL AND due_at <= @now");
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> IsPendingAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT 1 FROM hub_outbox WHERE id = @id AND delivered_at IS NULL");
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<DateTimeOffset?> OldestUndeliveredAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT min(due_at) FROM hub_outbox WHERE delivered_at IS NULL");
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime oldest
            ? new DateTimeOffset(DateTime.SpecifyKind(oldest, DateTimeKind.Utc))
            : null;
    }
}

using IntegrationHub.Runtime.Storage;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Runtime.PostgreSql;

public sealed partial class PostgreSqlStore
{
    public async Task<ReminderEntry> UpsertAsync(GrainId grain, string name, DateTimeOffset dueAt, TimeSpan? period, CancellationToken cancellationToken)
    {
        var entry = new ReminderEntry(grain, name, dueAt, period, Guid.NewGuid().ToString("N"));
        await using var command = dataSource.CreateCommand("""
            INSERT INTO reminders (grain_type, grain_key, name, due_at, period_ms, etag) VALUES (@type, @key, @name, @due, @period, @etag)
            ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET due_at = excluded.due_at, period_ms = excluded.period_ms,
                etag = excluded.etag, lease_owner = NULL, lease_until = NULL
            """);
        AddKey(command, grain, name);
        command.Parameters.AddWithValue("due", dueAt.ToUniversalTime());
        command.Parameters.AddWithValue("period", NpgsqlDbType.Bigint, period is { } p ? (long)p.TotalMilliseconds : DBNull.Value);
        command.Parameters.AddWithValue("etag", entry.ETag);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return entry;
    }

    public async Task RemoveAsync(GrainId grain, string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM reminders WHERE grain_type = @type AND grain_key = @key AND name = @name");
        AddKey(command, grain, name);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReminderEntry>> ReadAsync(GrainId grain, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT grain_type, grain_key, name, due_at, period_ms, etag FROM reminders WHERE grain_type = @type AND grain_key = @key");
        AddKey(command, grain, string.Empty);
        return await ReadEntriesAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<ReminderEntry>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int maxCount, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE reminders r SET lease_owner = @owner, lease_until = @until
            FROM (SELECT grain_type, grain_key, name FROM reminders
                  WHERE due_at <= @now AND (lease_until IS NULL OR lease_until < @now)
                  ORDER BY due_at LIMIT @max
                  FOR UPDATE SKIP LOCKED) due
            WHERE r.grain_type = due.grain_type AND r.grain_key = due.grain_key AND r.name = due.name
            RETURNING r.grain_type, r.grain_key, r.name, r.due_at, r.period_ms, r.etag
            """);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("until", (now + lease).ToUniversalTime());
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("max", maxCount);
        var entries = await ReadEntriesAsync(command, cancellationToken);
        return entries.OrderBy(e => e.DueAt).ToList();
    }

    public async Task CompleteAsync(ReminderEntry fired, string owner, DateTimeOffset? nextDueAt, CancellationToken cancellationToken)
    {
        var sql = nextDueAt is null
            ? "DELETE FROM reminders WHERE grain_type = @type AND grain_key = @key AND name = @name AND etag = @etag"
            : "UPDATE reminders SET due_at = @next, lease_owner = NULL, lease_until = NULL WHERE grain_type = @type AND grain_key = @key AND name = @name AND etag = @etag";
        await using var command = dataSource.CreateCommand(sql);
        AddKey(command, fired.Grain, fired.Name);
        command.Parameters.AddWithValue("etag", fired.ETag);
        if (nextDueAt is { } next)
        {
            command.Parameters.AddWithValue("next", next.ToUniversalTime());
        }

        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            // Registered again while it fired: keep the new registration, only end our lease.
            await using var release = dataSource.CreateCommand(
                "UPDATE reminders SET lease_owner = NULL, lease_until = NULL WHERE grain_type = @type AND grain_key = @key AND name = @name AND lease_owner = @owner");
            AddKey(release, fired.Grain, fired.Name);
            release.Parameters.AddWithValue("owner", owner);
            await release.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void AddKey(NpgsqlCommand command, GrainId grain, string name)
    {
        command.Parameters.AddWithValue("type", grain.Type);
        command.Parameters.AddWithValue("key", grain.Key);
        command.Parameters.AddWithValue("name", name);
    }

    private static async Task<List<ReminderEntry>> ReadEntriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<ReminderEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new ReminderEntry(
                new GrainId(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : TimeSpan.FromMilliseconds(reader.GetInt64(4)),
                reader.GetString(5)));
        }

        return entries;
    }
}

using IntegrationHub.Runtime.Storage;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Runtime.Sqlite;

public sealed partial class SqliteStore
{
    public async Task<ReminderEntry> UpsertAsync(GrainId grain, string name, DateTimeOffset dueAt, TimeSpan? period, CancellationToken cancellationToken)
    {
        var entry = new ReminderEntry(grain, name, dueAt, period, Guid.NewGuid().ToString("N"));
        await ExecuteLockedAsync(
            """
            INSERT INTO reminders (grain_type, grain_key, name, due_at, period_ms, etag) VALUES ($type, $key, $name, $due, $period, $etag)
            ON CONFLICT (grain_type, grain_key, name) DO UPDATE SET due_at = excluded.due_at, period_ms = excluded.period_ms,
                etag = excluded.etag, lease_owner = NULL, lease_until = NULL
            """,
            [.. Key(grain, name), ("$due", dueAt.UtcTicks), ("$period", period is { } p ? (long)p.TotalMilliseconds : DBNull.Value), ("$etag", entry.ETag)],
            cancellationToken);
        return entry;
    }

    public Task RemoveAsync(GrainId grain, string name, CancellationToken cancellationToken) =>
        ExecuteLockedAsync("DELETE FROM reminders WHERE grain_type = $type AND grain_key = $key AND name = $name", Key(grain, name), cancellationToken);

    public Task<IReadOnlyList<ReminderEntry>> ReadAsync(GrainId grain, CancellationToken cancellationToken) =>
        QueryRemindersAsync(
            "SELECT grain_type, grain_key, name, due_at, period_ms, etag FROM reminders WHERE grain_type = $type AND grain_key = $key",
            Key(grain, string.Empty),
            cancellationToken);

    public Task<IReadOnlyList<ReminderEntry>> ClaimDueAsync(string owner, DateTimeOffset now, TimeSpan lease, int maxCount, CancellationToken cancellationToken) =>
        QueryRemindersAsync(
            """
            UPDATE reminders SET lease_owner = $owner, lease_until = $until
            WHERE (grain_type, grain_key, name) IN (
                SELECT grain_type, grain_key, name FROM reminders
                WHERE due_at <= $now AND (lease_until IS NULL OR lease_until < $now)
                ORDER BY due_at LIMIT $max)
            RETURNING grain_type, grain_key, name, due_at, period_ms, etag
            """,
            [("$owner", owner), ("$until", (now + lease).UtcTicks), ("$now", now.UtcTicks), ("$max", maxCount)],
            cancellationToken);

    public async Task CompleteAsync(ReminderEntry fired, string owner, DateTimeOffset? nextDueAt, CancellationToken cancellationToken)
    {
        var changed = nextDueAt is { } next
            ? await ExecuteLockedAsync(
                "UPDATE reminders SET due_at = $next, lease_owner = NULL, lease_until = NULL WHERE grain_type = $type AND grain_key = $key AND name = $name AND etag = $etag",
                [.. Key(fired.Grain, fired.Name), ("$etag", fired.ETag), ("$next", next.UtcTicks)],
                cancellationToken)
            : await ExecuteLockedAsync(
                "DELETE FROM reminders WHERE grain_type = $type AND grain_key = $key AND name = $name AND etag = $etag",
                [.. Key(fired.Grain, fired.Name), ("$etag", fired.ETag)],
                cancellationToken);
        if (changed == 0)
        {
            // Registered again while it fired: keep the new registration, only end our lease.
            await ExecuteLockedAsync(
                "UPDATE reminders SET lease_owner = NULL, lease_until = NULL WHERE grain_type = $type AND grain_key = $key AND name = $name AND lease_owner = $owner",
                [.. Key(fired.Grain, fired.Name), ("$owner", owner)],
                cancellationToken);
        }
    }

    private static (string Name, object Value)[] Key(GrainId grain, string name) =>
        [("$type", grain.Type), ("$key", grain.Key), ("$name", name)];

    private async Task<IReadOnlyList<ReminderEntry>> QueryRemindersAsync(string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using SqliteCommand command = Command(sql);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            var entries = new List<ReminderEntry>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                entries.Add(new ReminderEntry(
                    new GrainId(reader.GetString(0), reader.GetString(1)),
                    reader.GetString(2),
                    new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                    reader.IsDBNull(4) ? null : TimeSpan.FromMilliseconds(reader.GetInt64(4)),
                    reader.GetString(5)));
            }

            return entries.OrderBy(e => e.DueAt).ToList();
        }
        finally
        {
            gate.Release();
        }
    }
}

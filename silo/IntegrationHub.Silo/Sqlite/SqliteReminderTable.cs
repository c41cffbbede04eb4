using System.Globalization;
using IntegrationHub.Store;
using IntegrationHub.Store.Sqlite;
using Microsoft.Data.Sqlite;
using Orleans.Runtime;

namespace IntegrationHub.Silo.Sqlite;

/// <summary>
/// Orleans' reminder table in the local hub's SQLite file. Rows carry the grain's uniform hash so that a silo reads the
/// range of the ring it owns, as the ADO.NET table does; the version is the ETag.
/// </summary>
internal sealed class SqliteReminderTable(SqliteDatabase database, HubStoreOptions options) : IReminderTable
{
    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        ReadAsync("grain_id = $grain", c => c.Parameters.AddWithValue("$grain", grainId.ToString()));

    public Task<ReminderTableData> ReadRows(uint begin, uint end) =>
        begin < end
            ? ReadAsync("grain_hash > $begin AND grain_hash <= $end", c => BindRange(c, begin, end))
            : ReadAsync("(grain_hash > $begin OR grain_hash <= $end)", c => BindRange(c, begin, end));

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) =>
        (await ReadAsync("grain_id = $grain AND reminder_name = $name", c =>
        {
            c.Parameters.AddWithValue("$grain", grainId.ToString());
            c.Parameters.AddWithValue("$name", reminderName);
        })).Reminders.FirstOrDefault();

    public Task<string?> UpsertRow(ReminderEntry entry) =>
        database.RunAsync<string?>(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(connection, """
                    INSERT INTO orleans_reminders (service_id, grain_id, reminder_name, start_at, period_ticks, grain_hash, version)
                    VALUES ($service, $grain, $name, $start, $period, $hash, 1)
                    ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE SET
                        start_at = excluded.start_at, period_ticks = excluded.period_ticks, version = orleans_reminders.version + 1
                    RETURNING version
                    """);
                command.Parameters.AddWithValue("$service", options.ServiceId);
                command.Parameters.AddWithValue("$grain", entry.GrainId.ToString());
                command.Parameters.AddWithValue("$name", entry.ReminderName);
                command.Parameters.AddWithValue("$start", entry.StartAt.ToUniversalTime().Ticks);
                command.Parameters.AddWithValue("$period", entry.Period.Ticks);
                command.Parameters.AddWithValue("$hash", (long)entry.GrainId.GetUniformHashCode());
                var version = (long)(await command.ExecuteScalarAsync())!;
                return version.ToString(CultureInfo.InvariantCulture);
            },
            CancellationToken.None);

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        await database.ExecuteAsync(
            "DELETE FROM orleans_reminders WHERE service_id = $service AND grain_id = $grain AND reminder_name = $name AND version = $version",
            p =>
            {
                p.AddWithValue("$service", options.ServiceId);
                p.AddWithValue("$grain", grainId.ToString());
                p.AddWithValue("$name", reminderName);
                p.AddWithValue("$version", long.Parse(eTag, CultureInfo.InvariantCulture));
            },
            CancellationToken.None) == 1;

    public Task TestOnlyClearTable() =>
        database.ExecuteAsync("DELETE FROM orleans_reminders WHERE service_id = $service", p => p.AddWithValue("$service", options.ServiceId), CancellationToken.None);

    private static void BindRange(SqliteCommand command, uint begin, uint end)
    {
        command.Parameters.AddWithValue("$begin", (long)begin);
        command.Parameters.AddWithValue("$end", (long)end);
    }

    private Task<ReminderTableData> ReadAsync(string where, Action<SqliteCommand> bind) =>
        database.RunAsync(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(
                    connection,
                    $"SELECT grain_id, reminder_name, start_at, period_ticks, version FROM orleans_reminders WHERE service_id = $service AND {where}");
                command.Parameters.AddWithValue("$service", options.ServiceId);
                bind(command);
                var entries = new List<ReminderEntry>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    entries.Add(new ReminderEntry
                    {
                        GrainId = GrainId.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                        ReminderName = reader.GetString(1),
                        StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                        Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                        ETag = reader.GetInt64(4).ToString(CultureInfo.InvariantCulture),
                    });
                }

                return new ReminderTableData(entries);
            },
            CancellationToken.None);
}

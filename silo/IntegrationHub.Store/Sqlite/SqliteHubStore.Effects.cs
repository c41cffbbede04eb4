using IntegrationHub.Store.Effects;
using IntegrationHub.Store.Indexes;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Store.Sqlite;

internal sealed partial class SqliteHubStore
{
    public Task MarkPendingAsync(GrainRef grain, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO hub_effect_markers (grain_type, grain_key, since) VALUES ($type, $key, $since) ON CONFLICT DO NOTHING",
            p =>
            {
                p.AddWithValue("$type", grain.Type);
                p.AddWithValue("$key", grain.Key);
                p.AddWithValue("$since", at.UtcTicks);
            },
            cancellationToken);

    public async Task ApplyAsync(GrainRef grain, IReadOnlyList<OutboxMessage> events, IReadOnlyList<IndexChange> indexChanges, IReadOnlyList<string> keptAttachments, CancellationToken cancellationToken)
    {
        await database.RunAsync(
            async connection =>
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                foreach (var message in events)
                {
                    await using var command = SqliteDatabase.Command(
                        connection,
                        "INSERT INTO hub_outbox (id, topic, payload, created_at, due_at) VALUES ($id, $topic, $payload, $created, $due) ON CONFLICT DO NOTHING",
                        transaction);
                    command.Parameters.AddWithValue("$id", message.Id.ToString());
                    command.Parameters.AddWithValue("$topic", message.Topic);
                    command.Parameters.AddWithValue("$payload", message.Payload);
                    command.Parameters.AddWithValue("$created", message.CreatedAt.UtcTicks);
                    command.Parameters.AddWithValue("$due", message.DueAt.UtcTicks);
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                foreach (var change in indexChanges)
                {
                    if (change.Entry is { } entry)
                    {
                        await UpsertAsync(connection, transaction, entry, cancellationToken);
                    }
                    else
                    {
                        await RemoveAsync(connection, transaction, change.Index, change.EntryKey, cancellationToken);
                    }
                }

                foreach (var attachment in keptAttachments)
                {
                    await using var keep = SqliteDatabase.Command(connection, "UPDATE hub_attachments SET kept = 1 WHERE case_id = $case AND attachment_id = $id", transaction);
                    keep.Parameters.AddWithValue("$case", grain.Key);
                    keep.Parameters.AddWithValue("$id", attachment);
                    await keep.ExecuteNonQueryAsync(cancellationToken);
                }

                await using (var marker = SqliteDatabase.Command(connection, "DELETE FROM hub_effect_markers WHERE grain_type = $type AND grain_key = $key", transaction))
                {
                    marker.Parameters.AddWithValue("$type", grain.Type);
                    marker.Parameters.AddWithValue("$key", grain.Key);
                    await marker.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return 0;
            },
            cancellationToken);
        if (events.Count > 0)
        {
            signal.Pulse();
        }
    }

    public Task<IReadOnlyList<GrainRef>> FindPendingAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<GrainRef>>(
            async connection =>
            {
                await using var command = SqliteDatabase.Command(connection, "SELECT grain_type, grain_key FROM hub_effect_markers WHERE since < $before ORDER BY since LIMIT $limit");
                command.Parameters.AddWithValue("$before", before.UtcTicks);
                command.Parameters.AddWithValue("$limit", limit);
                var grains = new List<GrainRef>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    grains.Add(new GrainRef(reader.GetString(0), reader.GetString(1)));
                }

                return grains;
            },
            cancellationToken);

    public Task ClearPendingAsync(GrainRef grain, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "DELETE FROM hub_effect_markers WHERE grain_type = $type AND grain_key = $key",
            p =>
            {
                p.AddWithValue("$type", grain.Type);
                p.AddWithValue("$key", grain.Key);
            },
            cancellationToken);
}

using IntegrationHub.Store.Effects;
using IntegrationHub.Store.Indexes;
using Npgsql;
using NpgsqlTypes;

namespace IntegrationHub.Store.PostgreSql;

internal sealed partial class PostgreSqlHubStore
{
    public async Task MarkPendingAsync(GrainRef grain, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO hub_effect_markers (grain_type, grain_key, since) VALUES (@type, @key, @since)
            ON CONFLICT (grain_type, grain_key) DO NOTHING
            """);
        command.Parameters.AddWithValue("type", grain.Type);
        command.Parameters.AddWithValue("key", grain.Key);
        command.Parameters.AddWithValue("since", at.ToUniversalTime());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task ApplyAsync(GrainRef grain, IReadOnlyList<OutboxMessage> events, IReadOnlyList<IndexChange> indexChanges, IReadOnlyList<string> keptAttachments, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var message in events)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO hub_outbox (id, topic, payload, created_at, due_at) VALUES (@id, @topic, @payload, @created, @due)
                ON CONFLICT (id) DO NOTHING
                """);
            command.Parameters.AddWithValue("id", message.Id);
            command.Parameters.AddWithValue("topic", message.Topic);
            command.Parameters.AddWithValue("payload", NpgsqlDbType.Jsonb, message.Payload);
            command.Parameters.AddWithValue("created", message.CreatedAt.ToUniversalTime());
            command.Parameters.AddWithValue("due", message.DueAt.ToUniversalTime());
            batch.BatchCommands.Add(command);
        }

        foreach (var change in indexChanges)
        {
            batch.BatchCommands.Add(change.Entry is { } entry ? IndexUpsert(entry) : IndexRemoval(change.Index, change.EntryKey));
        }

        if (keptAttachments.Count > 0)
        {
            var keep = new NpgsqlBatchCommand("UPDATE hub_attachments SET kept = true WHERE case_id = @kcase AND attachment_id = ANY(@kids)");
            keep.Parameters.AddWithValue("kcase", grain.Key);
            keep.Parameters.AddWithValue("kids", keptAttachments.ToArray());
            batch.BatchCommands.Add(keep);
        }

        batch.BatchCommands.Add(MarkerRemoval(grain));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (events.Count > 0)
        {
            signal.Pulse();
        }
    }

    public async Task<IReadOnlyList<GrainRef>> FindPendingAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT grain_type, grain_key FROM hub_effect_markers WHERE since < @before ORDER BY since LIMIT @limit");
        command.Parameters.AddWithValue("before", before.ToUniversalTime());
        command.Parameters.AddWithValue("limit", limit);
        var grains = new List<GrainRef>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            grains.Add(new GrainRef(reader.GetString(0), reader.GetString(1)));
        }

        return grains;
    }

    public async Task ClearPendingAsync(GrainRef grain, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(MarkerRemoval(grain));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand MarkerRemoval(GrainRef grain)
    {
        var command = new NpgsqlBatchCommand("DELETE FROM hub_effect_markers WHERE grain_type = @mtype AND grain_key = @mkey");
        command.Parameters.AddWithValue("mtype", grain.Type);
        command.Parameters.AddWithValue("mkey", grain.Key);
        return command;
    }
}

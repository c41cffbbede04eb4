using IntegrationHub.Store.Retention;
using Npgsql;

namespace IntegrationHub.Store.PostgreSql;

internal sealed partial class PostgreSqlHubStore
{
    public async Task<IReadOnlyList<string>> PurgeAsync(RetentionPurge purge, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var doomed = new List<string>();
        await using (var select = new NpgsqlCommand("""
            SELECT DISTINCT grain_key FROM (
                SELECT grain_key FROM hub_index
                WHERE index_name = @index AND grain_type = @type AND sort_key < @before
                ORDER BY sort_key LIMIT @batch) candidates
            """, connection, transaction))
        {
            select.Parameters.AddWithValue("index", purge.Index);
            select.Parameters.AddWithValue("type", purge.GrainType);
            select.Parameters.AddWithValue("before", purge.SortKeyBefore);
            select.Parameters.AddWithValue("batch", purge.BatchSize);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                doomed.Add(reader.GetString(0));
            }
        }

        if (doomed.Count == 0)
        {
            return doomed;
        }

        // The grains' Orleans state, their query rows, attachments and effect markers, in one transaction.
        var keys = doomed.Select(OrleansStorageKey.Of).ToList();
        await using var batch = new NpgsqlBatch(connection, transaction);
        var states = batch.CreateBatchCommand();
        states.CommandText = """
            DELETE FROM orleansstorage
            WHERE serviceid = @service AND graintypestring = @state
              AND (grainidextensionstring = ANY(@strings)
                   OR (grainidextensionstring IS NULL AND (grainidn0, grainidn1) IN (SELECT * FROM unnest(@n0, @n1))))
            """;
        states.Parameters.AddWithValue("service", options.ServiceId);
        states.Parameters.AddWithValue("state", purge.StateName);
        states.Parameters.AddWithValue("strings", keys.Where(k => k.Extension is not null).Select(k => k.Extension!).ToArray());
        states.Parameters.AddWithValue("n0", keys.Where(k => k.Extension is null).Select(k => k.N0).ToArray());
        states.Parameters.AddWithValue("n1", keys.Where(k => k.Extension is null).Select(k => k.N1).ToArray());
        batch.BatchCommands.Add(states);
        foreach (var sql in (string[])[
            "DELETE FROM hub_index WHERE grain_type = @type AND grain_key = ANY(@keys)",
            "DELETE FROM hub_attachment_chunks WHERE case_id = ANY(@keys)",
            "DELETE FROM hub_attachments WHERE case_id = ANY(@keys)",
            "DELETE FROM hub_effect_markers WHERE grain_type = @type AND grain_key = ANY(@keys)"])
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("type", purge.GrainType);
            command.Parameters.AddWithValue("keys", doomed.ToArray());
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return doomed;
    }
}

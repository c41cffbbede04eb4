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

        // The grains' Orleans state, their query rows, attachments and effect markers, in one transaction. The state rows
        // are found through orleansstorage_by_key, one statement per key shape: a single statement with an OR of the two
        // shapes was planned as a sequential scan of the whole table for every batch (minutes at a million cases).
        var keys = doomed.Select(OrleansStorageKey.Of).ToList();
        await using var batch = new NpgsqlBatch(connection, transaction);
        var halves = keys.Where(k => k.Extension is null).ToList();
        if (halves.Count > 0)
        {
            var states = batch.CreateBatchCommand();
            states.CommandText = """
                DELETE FROM orleansstorage s USING unnest(@n0, @n1) AS k(n0, n1)
                WHERE s.serviceid = @service AND s.graintypestring = @state
                  AND s.grainidn0 = k.n0 AND s.grainidn1 = k.n1 AND s.grainidextensionstring IS NULL
                """;
            states.Parameters.AddWithValue("service", options.ServiceId);
            states.Parameters.AddWithValue("state", purge.StateName);
            states.Parameters.AddWithValue("n0", halves.Select(k => k.N0).ToArray());
            states.Parameters.AddWithValue("n1", halves.Select(k => k.N1).ToArray());
            batch.BatchCommands.Add(states);
        }

        var strings = keys.Where(k => k.Extension is not null).Select(k => k.Extension!).ToArray();
        if (strings.Length > 0)
        {
            var states = batch.CreateBatchCommand();
            states.CommandText = """
                DELETE FROM orleansstorage
                WHERE serviceid = @service AND graintypestring = @state
                  AND grainidn0 = 0 AND grainidn1 = 0 AND grainidextensionstring = ANY(@strings)
                """;
            states.Parameters.AddWithValue("service", options.ServiceId);
            states.Parameters.AddWithValue("state", purge.StateName);
            states.Parameters.AddWithValue("strings", strings);
            batch.BatchCommands.Add(states);
        }

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

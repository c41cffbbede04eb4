using IntegrationHub.Store.Retention;

namespace IntegrationHub.Store.PostgreSql;

internal sealed partial class PostgreSqlHubStore
{
    public async Task<IReadOnlyList<string>> PurgeAsync(RetentionPurge purge, CancellationToken cancellationToken)
    {
        // One statement: the doomed grains, then their Orleans state, query rows, attachments and effect markers.
        const string Sql = """
            WITH doomed AS (
                SELECT DISTINCT grain_key FROM (
                    SELECT grain_key FROM hub_index
                    WHERE index_name = @index AND grain_type = @type AND sort_key < @before
                    ORDER BY sort_key LIMIT @batch) candidates),
            states AS (DELETE FROM orleansstorage s USING doomed d
                       WHERE s.serviceid = @service AND s.graintypestring = @state AND s.grainidextensionstring = d.grain_key),
            rows AS (DELETE FROM hub_index i USING doomed d WHERE i.grain_type = @type AND i.grain_key = d.grain_key),
            chunks AS (DELETE FROM hub_attachment_chunks c USING doomed d WHERE c.case_id = d.grain_key),
            files AS (DELETE FROM hub_attachments a USING doomed d WHERE a.case_id = d.grain_key),
            markers AS (DELETE FROM hub_effect_markers m USING doomed d WHERE m.grain_type = @type AND m.grain_key = d.grain_key)
            SELECT grain_key FROM doomed
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("index", purge.Index);
        command.Parameters.AddWithValue("type", purge.GrainType);
        command.Parameters.AddWithValue("state", purge.StateName);
        command.Parameters.AddWithValue("service", options.ServiceId);
        command.Parameters.AddWithValue("before", purge.SortKeyBefore);
        command.Parameters.AddWithValue("batch", purge.BatchSize);
        var purged = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            purged.Add(reader.GetString(0));
        }

        return purged;
    }
}

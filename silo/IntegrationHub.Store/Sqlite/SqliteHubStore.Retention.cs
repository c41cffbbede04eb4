using IntegrationHub.Store.Retention;
using Microsoft.Data.Sqlite;

namespace IntegrationHub.Store.Sqlite;

internal sealed partial class SqliteHubStore
{
    private static readonly string[] PurgeStatements =
    [
        "DELETE FROM orleans_grain_state WHERE state_name = $state AND grain_key = $key",
        "DELETE FROM hub_index WHERE grain_type = $type AND grain_key = $key",
        "DELETE FROM hub_attachment_chunks WHERE case_id = $key",
        "DELETE FROM hub_attachments WHERE case_id = $key",
        "DELETE FROM hub_effect_markers WHERE grain_type = $type AND grain_key = $key",
    ];

    public Task<IReadOnlyList<string>> PurgeAsync(RetentionPurge purge, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<string>>(
            async connection =>
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                var keys = new List<string>();
                await using (var select = SqliteDatabase.Command(connection, """
                    SELECT DISTINCT grain_key FROM (
                        SELECT grain_key FROM hub_index WHERE index_name = $index AND grain_type = $type AND sort_key < $before
                        ORDER BY sort_key LIMIT $batch)
                    """, transaction))
                {
                    select.Parameters.AddWithValue("$index", purge.Index);
                    select.Parameters.AddWithValue("$type", purge.GrainType);
                    select.Parameters.AddWithValue("$before", purge.SortKeyBefore);
                    select.Parameters.AddWithValue("$batch", purge.BatchSize);
                    await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        keys.Add(reader.GetString(0));
                    }
                }

                foreach (var key in keys)
                {
                    foreach (var sql in PurgeStatements)
                    {
                        await using var delete = SqliteDatabase.Command(connection, sql, transaction);
                        delete.Parameters.AddWithValue("$state", purge.StateName);
                        delete.Parameters.AddWithValue("$type", purge.GrainType);
                        delete.Parameters.AddWithValue("$key", key);
                        await delete.ExecuteNonQueryAsync(cancellationToken);
                    }
                }

                await transaction.CommitAsync(cancellationToken);
                return keys;
            },
            cancellationToken);
}

namespace IntegrationHub.Store.Sqlite;

internal sealed partial class SqliteHubStore
{
    public async Task<bool> TryUseAsync(string issuer, string assertionId, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "INSERT INTO hub_used_assertions (issuer, assertion_id, expires_at) VALUES ($issuer, $id, $expires) ON CONFLICT DO NOTHING",
            p =>
            {
                p.AddWithValue("$issuer", issuer);
                p.AddWithValue("$id", assertionId);
                p.AddWithValue("$expires", expiresAt.UtcTicks);
            },
            cancellationToken) == 1;

    public Task<int> ForgetExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM hub_used_assertions WHERE expires_at < $before", p => p.AddWithValue("$before", before.UtcTicks), cancellationToken);
}

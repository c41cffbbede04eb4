namespace IntegrationHub.Store.PostgreSql;

internal sealed partial class PostgreSqlHubStore
{
    public async Task<bool> TryUseAsync(string issuer, string assertionId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO hub_used_assertions (issuer, assertion_id, expires_at) VALUES (@issuer, @id, @expires)
            ON CONFLICT (issuer, assertion_id) DO NOTHING
            """);
        command.Parameters.AddWithValue("issuer", issuer);
        command.Parameters.AddWithValue("id", assertionId);
        command.Parameters.AddWithValue("expires", expiresAt.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<int> ForgetExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM hub_used_assertions WHERE expires_at < @before");
        command.Parameters.AddWithValue("before", before.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

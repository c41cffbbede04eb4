using IntegrationHub.Identity.Tokens;
using IntegrationHub.Store.Assertions;

namespace IntegrationHub.ServiceDefaults.Assertions;

/// <summary>
/// Single use across the whole cluster and across restarts: an assertion id is recorded in the hub's store, so the first
/// gateway to see it wins and every other use, on any gateway, later or after a restart, is refused until it expires.
/// </summary>
internal sealed class StoreAssertionReplayLedger(IUsedAssertionStore used) : IAssertionReplayLedger
{
    public async ValueTask<bool> TryUseAsync(string issuer, string jwtId, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        await used.TryUseAsync(issuer, jwtId, expiresAt, cancellationToken);
}

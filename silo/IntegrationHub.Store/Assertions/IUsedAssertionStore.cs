namespace IntegrationHub.Store.Assertions;

/// <summary>
/// The ids of assertions already used (login assertions, FHIR client assertions), cluster-wide and across restarts,
/// each kept until it expires: the first use wins, every later one is refused.
/// </summary>
public interface IUsedAssertionStore
{
    /// <returns>True the first time (issuer, id) is used before it expires; false for every replay.</returns>
    Task<bool> TryUseAsync(string issuer, string assertionId, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Forgets ids that expired before <paramref name="before"/>.</summary>
    Task<int> ForgetExpiredAsync(DateTimeOffset before, CancellationToken cancellationToken);
}

namespace IntegrationHub.Identity.Tokens;

/// <summary>
/// Single use of signed assertions (login assertions, FHIR client assertions): an assertion id (<c>jti</c>) of an
/// issuer is accepted once and remembered until the assertion could no longer be accepted anyway. The default
/// (<see cref="InMemoryAssertionReplayLedger"/>) remembers within one process; a cluster registers one shared by every
/// node instead, so that an assertion used on one node is refused on all.
/// </summary>
public interface IAssertionReplayLedger
{
    /// <summary>
    /// True the first time <paramref name="jwtId"/> of <paramref name="issuer"/> is used; false when it was used before
    /// and <paramref name="expiresAt"/> (pass <see cref="JwtClaims.AcceptedUntil"/>: exp plus the validator's clock skew)
    /// has not passed since.
    /// </summary>
    ValueTask<bool> TryUseAsync(string issuer, string jwtId, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}

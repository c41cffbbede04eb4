using IntegrationHub.Adapters.IdentityProvider;
using IntegrationHub.Identity;
using IntegrationHub.Identity.Tokens;

namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary>
/// Checks a login assertion: ES256 signature by the key of the identity provider's JWKS that its <c>kid</c> names
/// (fetched again once when the provider rotated its keys), issuer, audience, expiry (<c>alg: none</c> and every other
/// algorithm are refused by <see cref="JwtValidator"/>), and that it is used once: its <c>jti</c> goes into the
/// <see cref="IAssertionReplayLedger"/>, and an assertion without one is refused.
/// </summary>
internal sealed class AssertionVerifier(IIdentityProviderKeys keys, IAssertionReplayLedger ledger, SessionGatewayOptions options, HubClock timeProvider)
{
    public async Task<JwtClaims?> VerifyAsync(string? assertion, CancellationToken cancellationToken)
    {
        if (!UnverifiedJwt.TryRead(assertion, out _, out var keyId) || keyId.Length == 0)
        {
            return null;
        }

        var keySet = await keys.GetKeysAsync(keyId, cancellationToken).ConfigureAwait(false);
        var validator = new JwtValidator(new JwtValidationOptions { Issuer = keys.Issuer, Audience = options.AssertionAudience }, keySet, timeProvider);
        var result = await validator.ValidateAsync(assertion).ConfigureAwait(false);
        if (!result.IsValid || result.Claims.JwtId is not { Length: > 0 } jwtId)
        {
            return null;
        }

        return await ledger.TryUseAsync(result.Claims.Issuer, jwtId, result.Claims.AcceptedUntil, cancellationToken).ConfigureAwait(false)
            ? result.Claims
            : null;
    }
}

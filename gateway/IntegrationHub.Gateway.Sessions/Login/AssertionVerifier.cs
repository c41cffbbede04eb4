using IntegrationHub.Adapters.IdentityProvider;
using IntegrationHub.Identity;
using IntegrationHub.Identity.Jws;
using IntegrationHub.Store.Assertions;

namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary>
/// Checks a login assertion: ES256 signature by a key of the identity provider's JWKS, issuer, audience, expiry
/// (<c>alg: none</c> and every other algorithm are refused by <see cref="JwtValidator"/>), and that it was never used
/// before anywhere in the cluster: its id is recorded in the store until it expires, so neither another gateway nor a
/// restarted one accepts it again.
/// </summary>
internal sealed class AssertionVerifier(IIdentityProviderKeys keys, SessionGatewayOptions options, IUsedAssertionStore used, HubClock clock)
{
    public async Task<JwtClaims?> VerifyAsync(string? assertion, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(assertion))
        {
            return null;
        }

        var keySet = await keys.GetKeysAsync(cancellationToken).ConfigureAwait(false);
        var validator = new JwtValidator(new JwtValidationOptions { Issuer = keys.Issuer, Audience = options.AssertionAudience }, keySet, clock);
        var result = validator.Validate(assertion);
        if (!result.IsValid || result.Claims is null || string.IsNullOrEmpty(result.Claims.JwtId))
        {
            return null;
        }

        return await used.TryUseAsync(keys.Issuer, result.Claims.JwtId, result.Claims.ExpiresAt, cancellationToken) ? result.Claims : null;
    }
}

using IntegrationHub.Adapters.IdentityProvider;
using IntegrationHub.Identity.Jws;

namespace IntegrationHub.Gateway.Sessions.Login;

/// <summary>
/// Checks a login assertion: ES256 signature by a key of the identity provider's JWKS, issuer, audience, expiry
/// (<c>alg: none</c> and every other algorithm are refused by <see cref="JwtValidator"/>), and that it is not replayed.
/// </summary>
internal sealed class AssertionVerifier(IIdentityProviderKeys keys, SessionGatewayOptions options, TimeProvider timeProvider)
{
    private readonly ReplayGuard replays = new(timeProvider);

    public async Task<JwtClaims?> VerifyAsync(string? assertion, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(assertion))
        {
            return null;
        }

        var keySet = await keys.GetKeysAsync(cancellationToken).ConfigureAwait(false);
        var validator = new JwtValidator(new JwtValidationOptions { Issuer = keys.Issuer, Audience = options.AssertionAudience }, keySet, timeProvider);
        var result = validator.Validate(assertion);
        if (!result.IsValid || result.Claims is null)
        {
            return null;
        }

        return replays.TryUse(result.Claims.JwtId, result.Claims.ExpiresAt) ? result.Claims : null;
    }
}

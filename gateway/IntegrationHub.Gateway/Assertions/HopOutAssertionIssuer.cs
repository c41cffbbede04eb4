using IntegrationHub.Identity;
using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Gateway.HopOuts;
using IntegrationHub.Identity.Tokens;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.Assertions;

/// <summary>
/// Issues the <c>X-Hub-Assertion</c> for one forwarded request: a compact JWT (ES256) with iss = the gateway,
/// aud = the service, sub = the acting person, <c>act</c> = the logged-in person when different, iat, nbf,
/// exp = now + the lifetime, jti.
/// </summary>
internal sealed class HopOutAssertionIssuer(GatewaySigningKeys keys, IOptions<HubGatewayOptions> options, HubClock timeProvider)
{
    public string Issue(string service, HopOutDecision decision)
    {
        var acting = decision.ActingPerson
            ?? throw new InvalidOperationException("Only an Allow decision carries an identity.");
        var settings = options.Value;
        var claims = new Dictionary<string, string>(decision.ExtraClaims, StringComparer.Ordinal);
        if (decision.Subject is { } subject && !string.Equals(acting, subject, StringComparison.Ordinal))
        {
            claims["act"] = subject;
        }

        return keys.Key.CreateToken(settings.Issuer, service, acting, timeProvider.GetUtcNow(), settings.AssertionLifetime, claims);
    }
}

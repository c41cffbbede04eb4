using IntegrationHub.Identity;
using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Gateway.HopOuts;
using IntegrationHub.Identity.Jws;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.Assertions;

/// <summary>
/// Issues the <c>X-Hub-Assertion</c> for one forwarded request: a compact JWS (ES256) with iss = the gateway,
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
        var claims = JwtPayload.Create(settings.Issuer, service, acting, timeProvider.GetUtcNow(), settings.AssertionLifetime);
        if (!string.Equals(acting, decision.Subject, StringComparison.Ordinal))
        {
            claims["act"] = decision.Subject;
        }

        foreach (var (name, value) in decision.ExtraClaims)
        {
            claims[name] = value;
        }

        return keys.Signer.Sign(claims);
    }
}

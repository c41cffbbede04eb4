using IntegrationHub.Identity;
using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Gateway.HopOuts;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.Assertions;

/// <summary>
/// Issues the <c>X-Hub-Assertion</c> for one forwarded request: a compact JWT (ES256) with iss = the gateway,
/// aud = the service, sub = the acting person, <c>act</c> = the logged-in person when different, iat, nbf,
/// exp = now + the lifetime, jti. An ES256 signature is the largest cost of a hop-out, so an assertion is signed once per
/// session, service and acting person (<see cref="HopOutAssertionKey"/>) and reused while at least half of its lifetime
/// remains by the hub's clock: every forwarded assertion is valid for at least half its lifetime. The check of the
/// session and the account's rules still runs on every request (HO2) before this is asked; an assertion is reused only
/// for a request that check allowed. Decisions without a session or with extra claims are signed every time. The kept
/// assertions are bounded in number (<see cref="HubGatewayOptions.AssertionCacheEntries"/>) and expire. A singleton.
/// </summary>
internal sealed class HopOutAssertionIssuer : IDisposable
{
    private readonly GatewaySigningKeys keys;
    private readonly HubGatewayOptions settings;
    private readonly HubClock clock;
    private readonly TimeSpan reuseWindow;
    private readonly MemoryCache? cache;

    public HopOutAssertionIssuer(GatewaySigningKeys keys, IOptions<HubGatewayOptions> options, HubClock clock)
    {
        this.keys = keys;
        settings = options.Value;
        this.clock = clock;
        reuseWindow = settings.AssertionLifetime / 2;
        if (settings.AssertionCacheEntries > 0)
        {
            cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.AssertionCacheEntries });
        }
    }

    public string Issue(string service, HopOutDecision decision)
    {
        var acting = decision.ActingPerson
            ?? throw new InvalidOperationException("Only an Allow decision carries an identity.");
        var now = clock.GetUtcNow();
        if (cache is null || decision.Session is null || decision.ExtraClaims.Count > 0)
        {
            return Sign(service, decision, acting, now);
        }

        var key = new HopOutAssertionKey(decision.Session, service, decision.Subject!, decision.ActingFor);
        if (cache.TryGetValue(key, out HopOutAssertion? kept) && now >= kept!.IssuedAt && now - kept.IssuedAt < reuseWindow)
        {
            return kept.Token;
        }

        var token = Sign(service, decision, acting, now);
        using (var entry = cache.CreateEntry(key))
        {
            // Real time bounds the memory; the hub's clock alone decides reuse (above), so a moved clock never stretches it.
            entry.Value = new HopOutAssertion(token, now);
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = reuseWindow;
        }

        return token;
    }

    public void Dispose() => cache?.Dispose();

    private string Sign(string service, HopOutDecision decision, string acting, DateTimeOffset now)
    {
        var claims = new Dictionary<string, string>(decision.ExtraClaims, StringComparer.Ordinal);
        if (decision.Subject is { } subject && !string.Equals(acting, subject, StringComparison.Ordinal))
        {
            claims["act"] = subject;
        }

        return keys.Key.CreateToken(settings.Issuer, service, acting, now, settings.AssertionLifetime, claims);
    }
}

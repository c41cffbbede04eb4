using IntegrationHub.Identity.Tokens;

namespace IntegrationHub.Gateway.Hosting;

/// <summary>Settings of the gateway's hop-out forwarding.</summary>
public sealed class HubGatewayOptions
{
    /// <summary>The <c>iss</c> of every <c>X-Hub-Assertion</c>; hop-out services validate against it.</summary>
    public string Issuer { get; set; } = "https://integrationhub.local/gateway";

    /// <summary>How long an assertion is valid (60 s, API.md).</summary>
    public TimeSpan AssertionLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How many signed assertions are kept for reuse (one per session, service and acting person, each reused while at
    /// least half its lifetime remains); past it a request signs a fresh one. 0: sign every request.
    /// </summary>
    public int AssertionCacheEntries { get; set; } = 20_000;

    /// <summary>
    /// The gateway's ES256 key (e.g. <see cref="SigningKey.FromPem"/> from a secret store). When null a new key is
    /// generated at start; its public half is published at <c>GET /.well-known/hub-jwks.json</c> either way.
    /// The caller keeps ownership of a key set here.
    /// </summary>
    public SigningKey? SigningKey { get; set; }

    /// <summary>How long a hop-out service may take to begin answering; 100 s by default.</summary>
    public TimeSpan ActivityTimeout { get; set; } = TimeSpan.FromSeconds(100);
}

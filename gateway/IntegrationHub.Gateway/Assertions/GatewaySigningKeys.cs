using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Identity.Tokens;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.Assertions;

/// <summary>The gateway's signing key and its published JWKS. A singleton.</summary>
internal sealed class GatewaySigningKeys : IDisposable
{
    private readonly SigningKey? owned;

    public GatewaySigningKeys(IOptions<HubGatewayOptions> options)
    {
        var key = options.Value.SigningKey;
        if (key is null)
        {
            owned = SigningKey.Generate($"gateway-{Guid.NewGuid():N}");
            key = owned;
        }

        Key = key;
        JwksJson = key.ExportPublicJwksJson();
    }

    public SigningKey Key { get; }

    /// <summary>The public keys as a JWK Set, for <c>GET /.well-known/hub-jwks.json</c>.</summary>
    public string JwksJson { get; }

    public void Dispose() => owned?.Dispose();
}

using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Identity.Jws;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.Assertions;

/// <summary>The gateway's signing key, its signer and its published JWKS. A singleton.</summary>
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

        Signer = new JwsSigner(key);
        JwksJson = new JsonWebKeySet([key.ExportPublicJwk()]).ToJson();
    }

    public JwsSigner Signer { get; }

    /// <summary>The public keys as a JWK Set, for <c>GET /.well-known/hub-jwks.json</c>.</summary>
    public string JwksJson { get; }

    public void Dispose() => owned?.Dispose();
}

using Refit;

namespace IntegrationHub.Adapters.IdentityProvider;

/// <summary>The identity provider's published keys.</summary>
internal interface IIdentityProviderApi
{
    /// <summary><c>GET {base}{jwksPath}</c>: the JWKS as text, for <c>VerificationKeySet.FromJwks</c>.</summary>
    [Get("/{**jwksPath}")]
    Task<IApiResponse<string>> GetJwksAsync(string jwksPath, CancellationToken cancellationToken);
}

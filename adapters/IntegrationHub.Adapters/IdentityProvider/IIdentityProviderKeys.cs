using IntegrationHub.Identity.Tokens;

namespace IntegrationHub.Adapters.IdentityProvider;

/// <summary>The identity provider's published signing keys (its JWKS), fetched and cached.</summary>
public interface IIdentityProviderKeys
{
    /// <summary>The issuer the hub expects in every assertion.</summary>
    string Issuer { get; }

    /// <exception cref="IdentityProviderUnavailableException">No keys could be fetched and none are cached.</exception>
    Task<VerificationKeySet> GetKeysAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The keys, fetched again first when the cached set lacks <paramref name="keyId"/> (a key rotation), at most
    /// once per the client's minimum refresh interval. Pass the token header's <c>kid</c>.
    /// </summary>
    /// <exception cref="IdentityProviderUnavailableException">No keys could be fetched and none are cached.</exception>
    Task<VerificationKeySet> GetKeysAsync(string keyId, CancellationToken cancellationToken) => GetKeysAsync(cancellationToken);
}

using IntegrationHub.Identity.Jws;

namespace IntegrationHub.Adapters.IdentityProvider;

/// <summary>The identity provider's published signing keys (its JWKS), fetched and cached.</summary>
public interface IIdentityProviderKeys
{
    /// <summary>The issuer the hub expects in every assertion.</summary>
    string Issuer { get; }

    Task<VerificationKeySet> GetKeysAsync(CancellationToken cancellationToken);
}

namespace IntegrationHub.Identity.Jws;

/// <summary>Finds the key for a JWS header's <c>kid</c> (a fixed set, or one reloaded from a JWKS).</summary>
public interface IVerificationKeyResolver
{
    /// <summary>The key with this id, or null when it is not known.</summary>
    VerificationKey? Find(string keyId);
}

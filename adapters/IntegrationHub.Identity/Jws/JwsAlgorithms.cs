namespace IntegrationHub.Identity.Jws;

/// <summary>JWS algorithm names. Only ES256 is produced or accepted.</summary>
public static class JwsAlgorithms
{
    /// <summary>ECDSA on P-256 with SHA-256, signature as the 64-byte IEEE P1363 concatenation r || s (RFC 7518 §3.4).</summary>
    public const string ES256 = "ES256";
}

using System.Security.Cryptography;

namespace IntegrationHub.Identity.Jws;

/// <summary>Shared checks for P-256 keys.</summary>
internal static class EcP256
{
    internal const int CoordinateSize = 32;
    internal const int SignatureSize = 64;
    private const string Oid = "1.2.840.10045.3.1.7";

    internal static bool IsP256(ECParameters parameters)
    {
        var curve = parameters.Curve;
        return curve.IsNamed
            && (curve.Oid.Value == Oid
                || curve.Oid.FriendlyName is "nistP256" or "ECDSA_P256" or "secp256r1" or "prime256v1");
    }

    internal static void RequireKeyId(string keyId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
    }
}

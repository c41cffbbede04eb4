using System.Security.Cryptography;

namespace IntegrationHub.Identity.Jws;

/// <summary>A public ECDSA P-256 key with its key id, for <see cref="JwtValidator"/>. Thread-safe.</summary>
public sealed class VerificationKey : IDisposable
{
    private readonly ECDsa _ecdsa;
    private readonly JsonWebKey _jwk;
    private readonly Lock _gate = new();

    private VerificationKey(JsonWebKey jwk, ECDsa ecdsa)
    {
        _jwk = jwk;
        _ecdsa = ecdsa;
    }

    /// <summary>The key id.</summary>
    public string KeyId => _jwk.Kid;

    /// <summary>
    /// Imports a public JWK: kty "EC", crv "P-256", x and y base64url of 32 bytes each, a non-empty kid; use and
    /// alg, when present, must be "sig" and "ES256". The point must lie on the curve.
    /// </summary>
    /// <exception cref="ArgumentException">Not such a key.</exception>
    public static VerificationKey FromJwk(JsonWebKey jwk)
    {
        ArgumentNullException.ThrowIfNull(jwk);
        if (jwk.Kty != "EC" || jwk.Crv != "P-256")
        {
            throw new ArgumentException("Only kty EC with crv P-256 is supported.", nameof(jwk));
        }

        if (string.IsNullOrWhiteSpace(jwk.Kid))
        {
            throw new ArgumentException("A JWK needs a kid.", nameof(jwk));
        }

        if ((jwk.Use is not null && jwk.Use != "sig") || (jwk.Alg is not null && jwk.Alg != JwsAlgorithms.ES256))
        {
            throw new ArgumentException("The JWK is not for ES256 signatures.", nameof(jwk));
        }

        if (jwk.X is null || jwk.Y is null
            || !Base64UrlStrict.TryDecode(jwk.X, out var x) || x.Length != EcP256.CoordinateSize
            || !Base64UrlStrict.TryDecode(jwk.Y, out var y) || y.Length != EcP256.CoordinateSize)
        {
            throw new ArgumentException("x and y must be base64url of 32 bytes each.", nameof(jwk));
        }

        var parameters = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } };
        try
        {
            // Validate() and the import both refuse a point that is not on the curve (an invalid-curve attack).
            parameters.Validate();
            var ecdsa = ECDsa.Create(parameters);
            return new VerificationKey(jwk with { Use = "sig", Alg = JwsAlgorithms.ES256 }, ecdsa);
        }
        catch (CryptographicException e)
        {
            throw new ArgumentException("The JWK is not a valid P-256 public key.", nameof(jwk), e);
        }
    }

    /// <summary>The key as a public JWK.</summary>
    public JsonWebKey ToJwk() => _jwk;

    /// <summary>Verifies an ES256 signature (64-byte IEEE P1363 r || s) over <paramref name="data"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != EcP256.SignatureSize)
        {
            return false;
        }

        lock (_gate)
        {
            return _ecdsa.VerifyData(
                data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _ecdsa.Dispose();
        }
    }
}

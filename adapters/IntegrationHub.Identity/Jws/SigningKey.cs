using System.Security.Cryptography;

namespace IntegrationHub.Identity.Jws;

/// <summary>
/// A private ECDSA P-256 key with its key id, for <see cref="JwsSigner"/>. The public half is exported as a JWK
/// (<see cref="ExportPublicJwk"/>) for a JWKS, or handed on as a <see cref="VerificationKey"/>. Thread-safe.
/// </summary>
public sealed class SigningKey : IDisposable
{
    private readonly ECDsa _ecdsa;
    private readonly Lock _gate = new();

    // ECDsa instances are not safe for concurrent signing, and one lock around one instance made every hop-out wait in
    // line; signers are taken from a pool of copies of the same key instead, one per concurrent caller at most.
    private readonly System.Collections.Concurrent.ConcurrentBag<ECDsa> _signers = [];
    private bool _disposed;

    private SigningKey(string keyId, ECDsa ecdsa)
    {
        KeyId = keyId;
        _ecdsa = ecdsa;
    }

    /// <summary>The key id, written as the JWS header's <c>kid</c>.</summary>
    public string KeyId { get; }

    /// <summary>A new random P-256 key.</summary>
    public static SigningKey Generate(string keyId)
    {
        EcP256.RequireKeyId(keyId);
        return new SigningKey(keyId, ECDsa.Create(ECCurve.NamedCurves.nistP256));
    }

    /// <summary>Loads a P-256 private key from PEM (PKCS#8 "PRIVATE KEY" or SEC1 "EC PRIVATE KEY").</summary>
    /// <exception cref="ArgumentException">Not a P-256 private key.</exception>
    public static SigningKey FromPem(string keyId, string pem)
    {
        EcP256.RequireKeyId(keyId);
        ArgumentNullException.ThrowIfNull(pem);
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
            var parameters = ecdsa.ExportParameters(includePrivateParameters: true);
            if (!EcP256.IsP256(parameters))
            {
                throw new ArgumentException("The key is not on P-256.", nameof(pem));
            }

            return new SigningKey(keyId, ecdsa);
        }
        catch (CryptographicException e)
        {
            ecdsa.Dispose();
            throw new ArgumentException("Not a P-256 private key in PEM.", nameof(pem), e);
        }
        catch
        {
            ecdsa.Dispose();
            throw;
        }
    }

    /// <summary>The private key as PKCS#8 PEM, to keep it between runs. A secret: never log it.</summary>
    public string ExportPkcs8Pem()
    {
        lock (_gate)
        {
            return _ecdsa.ExportPkcs8PrivateKeyPem();
        }
    }

    /// <summary>The public key as a JWK: kty EC, crv P-256, x, y, kid, use sig, alg ES256.</summary>
    public JsonWebKey ExportPublicJwk()
    {
        ECParameters p;
        lock (_gate)
        {
            p = _ecdsa.ExportParameters(includePrivateParameters: false);
        }

        return new JsonWebKey("EC", "P-256", Base64UrlStrict.Encode(p.Q.X), Base64UrlStrict.Encode(p.Q.Y), KeyId);
    }

    /// <summary>The public half, for a validator in the same process.</summary>
    public VerificationKey ToVerificationKey() => VerificationKey.FromJwk(ExportPublicJwk());

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _ecdsa.Dispose();
            while (_signers.TryTake(out var signer))
            {
                signer.Dispose();
            }
        }
    }

    /// <summary>ES256 over <paramref name="data"/>: SHA-256, the 64-byte IEEE P1363 form r || s.</summary>
    internal byte[] Sign(ReadOnlySpan<byte> data)
    {
        var signer = _signers.TryTake(out var pooled) ? pooled : NewSigner();
        try
        {
            return signer.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        finally
        {
            if (Volatile.Read(ref _disposed))
            {
                signer.Dispose();
            }
            else
            {
                _signers.Add(signer);
            }
        }
    }

    private ECDsa NewSigner()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var parameters = _ecdsa.ExportParameters(includePrivateParameters: true);
            try
            {
                return ECDsa.Create(parameters);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(parameters.D);
            }
        }
    }
}

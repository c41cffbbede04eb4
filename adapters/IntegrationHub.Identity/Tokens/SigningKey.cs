using System.Globalization;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Tokens;

/// <summary>
/// The hub's ES256 key (ECDSA on P-256) with its key id, signing compact JWTs through <see cref="JsonWebTokenHandler"/>.
/// Its public half is published as a JWK (<see cref="ExportPublicJwk"/>) in a JWK Set, or handed to a validator in the
/// same process (<see cref="PublicKeys"/>). Thread-safe.
/// </summary>
public sealed class SigningKey : IDisposable
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    // The library caches signature providers process-wide by key thumbprint; a provider cached for this key would outlive
    // Dispose and break the next key with the same material (the same PEM loaded again). This key's providers stay its own.
    private static readonly CryptoProviderFactory Uncached = new() { CacheSignatureProviders = false };

    private readonly ECDsa _ecdsa;
    private readonly ECDsa _public;
    private readonly SigningCredentials _credentials;

    private SigningKey(string keyId, ECDsa ecdsa)
    {
        KeyId = keyId;
        _ecdsa = ecdsa;
        _public = ECDsa.Create(ecdsa.ExportParameters(includePrivateParameters: false));
        _credentials = new SigningCredentials(
            new ECDsaSecurityKey(ecdsa) { KeyId = keyId, CryptoProviderFactory = Uncached }, SecurityAlgorithms.EcdsaSha256);
        PublicKey = new ECDsaSecurityKey(_public) { KeyId = keyId, CryptoProviderFactory = Uncached };
    }

    /// <summary>The key id, written as the JWT header's <c>kid</c>.</summary>
    public string KeyId { get; }

    /// <summary>ES256 with this key, for a <see cref="SecurityTokenDescriptor"/> of one's own.</summary>
    public SigningCredentials SigningCredentials => _credentials;

    /// <summary>The public half, e.g. as <see cref="TokenValidationParameters.IssuerSigningKey"/>.</summary>
    public SecurityKey PublicKey { get; }

    /// <summary>The public half as a key set, for a <see cref="JwtValidator"/> in the same process.</summary>
    public VerificationKeySet PublicKeys => new([PublicKey]);

    /// <summary>A new random P-256 key.</summary>
    public static SigningKey Generate(string keyId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        return new SigningKey(keyId, ECDsa.Create(ECCurve.NamedCurves.nistP256));
    }

    /// <summary>Loads a P-256 private key from PEM (PKCS#8 "PRIVATE KEY" or SEC1 "EC PRIVATE KEY").</summary>
    /// <exception cref="ArgumentException">Not a P-256 private key.</exception>
    public static SigningKey FromPem(string keyId, string pem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        ArgumentNullException.ThrowIfNull(pem);
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
            if (ecdsa.ExportParameters(includePrivateParameters: false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
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
    public string ExportPkcs8Pem() => _ecdsa.ExportPkcs8PrivateKeyPem();

    /// <summary>The public key as a JWK: kty EC, crv P-256, x, y, kid, use sig, alg ES256; never the private <c>d</c>.</summary>
    public JsonWebKey ExportPublicJwk()
    {
        var jwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(_public) { KeyId = KeyId });
        jwk.Use = JsonWebKeyUseNames.Sig;
        jwk.Alg = SecurityAlgorithms.EcdsaSha256;
        return jwk;
    }

    /// <summary>The public key as a JWK Set <c>{"keys": [...]}</c> in JSON, to publish at a JWKS address.</summary>
    public string ExportPublicJwksJson() => JwkSetJson.Write([ExportPublicJwk()]);

    /// <summary>
    /// A compact JWT signed with this key (header <c>alg</c> ES256, <c>typ</c> JWT, <c>kid</c>): <c>iss</c>, <c>aud</c>,
    /// <c>sub</c>, <c>iat</c> = <c>nbf</c> = <paramref name="issuedAt"/> (read from a <see cref="TimeProvider"/>),
    /// <c>exp</c> = <paramref name="lifetime"/> later, a random <c>jti</c>, and <paramref name="claims"/> besides.
    /// </summary>
    public string CreateToken(
        string issuer, string audience, string subject, DateTimeOffset issuedAt, TimeSpan lifetime, IEnumerable<KeyValuePair<string, string>>? claims = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        ArgumentException.ThrowIfNullOrEmpty(audience);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        var payload = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [JwtRegisteredClaimNames.Sub] = subject,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        };
        foreach (var (name, value) in claims ?? [])
        {
            payload[name] = value;
        }

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = issuedAt.Add(lifetime).UtcDateTime,
            Claims = payload,
            SigningCredentials = _credentials,
        });
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _public.Dispose();
        _ecdsa.Dispose();
    }
}

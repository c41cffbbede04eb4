using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Identity.Tokens;

/// <summary>
/// Public ES256 keys by <c>kid</c>, as an issuer publishes them in its JWK Set (<see cref="FromJwks(string)"/>) or as a
/// <see cref="SigningKey"/> hands them on. Immutable, thread-safe.
/// </summary>
public sealed class VerificationKeySet
{
    private readonly Dictionary<string, SecurityKey> _byKeyId = new(StringComparer.Ordinal);

    /// <summary>A set of keys, each with a unique, non-empty <c>kid</c>.</summary>
    /// <exception cref="ArgumentException">A key without a kid, or two keys with one kid.</exception>
    public VerificationKeySet(IEnumerable<SecurityKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (string.IsNullOrEmpty(key.KeyId) || !_byKeyId.TryAdd(key.KeyId, key))
            {
                throw new ArgumentException("Every key needs its own kid.", nameof(keys));
            }
        }

        Keys = [.. _byKeyId.Values];
    }

    /// <summary>The keys.</summary>
    public IReadOnlyList<SecurityKey> Keys { get; }

    /// <summary>The number of keys.</summary>
    public int Count => Keys.Count;

    /// <summary>
    /// The ES256 signature keys of a JWK Set: kty EC, crv P-256, a kid, use (when given) sig and alg (when given) ES256,
    /// a point on the curve, no private <c>d</c>. Other keys (RSA, encryption keys, other curves, a published private
    /// key) are left out.
    /// </summary>
    /// <exception cref="FormatException">Not a JWK Set.</exception>
    /// <exception cref="ArgumentException">Two keys with one kid.</exception>
    public static VerificationKeySet FromJwks(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonWebKeySet set;
        try
        {
            set = JsonWebKeySet.Create(json);
        }
        catch (ArgumentException e)
        {
            throw new FormatException("Not a JWK Set.", e);
        }

        return FromJwks(set);
    }

    /// <inheritdoc cref="FromJwks(string)"/>
    public static VerificationKeySet FromJwks(JsonWebKeySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var keys = new List<SecurityKey>();
        foreach (var jwk in set.Keys)
        {
            if (IsPublicEs256SignatureKey(jwk) && JsonWebKeyConverter.TryConvertToSecurityKey(jwk, out var key))
            {
                keys.Add(key);
            }
        }

        return new VerificationKeySet(keys);
    }

    /// <summary>The key with this kid, or null.</summary>
    public SecurityKey? Find(string keyId) => keyId is not null && _byKeyId.TryGetValue(keyId, out var key) ? key : null;

    private static bool IsPublicEs256SignatureKey(JsonWebKey jwk) =>
        string.IsNullOrEmpty(jwk.D)
        && jwk.Kty == JsonWebAlgorithmsKeyTypes.EllipticCurve
        && jwk.Crv == JsonWebKeyECTypes.P256
        && !string.IsNullOrEmpty(jwk.Kid)
        && (string.IsNullOrEmpty(jwk.Use) || jwk.Use == JsonWebKeyUseNames.Sig)
        && (string.IsNullOrEmpty(jwk.Alg) || jwk.Alg == SecurityAlgorithms.EcdsaSha256);
}

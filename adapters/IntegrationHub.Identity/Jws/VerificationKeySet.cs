namespace IntegrationHub.Identity.Jws;

/// <summary>A fixed set of verification keys by kid, e.g. loaded from an identity provider's JWKS.</summary>
public sealed class VerificationKeySet : IVerificationKeyResolver, IDisposable
{
    private readonly Dictionary<string, VerificationKey> _keys;

    /// <summary>A set of keys; kids must be unique (ordinal).</summary>
    /// <exception cref="ArgumentException">Two keys with one kid.</exception>
    public VerificationKeySet(IEnumerable<VerificationKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = new Dictionary<string, VerificationKey>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!_keys.TryAdd(key.KeyId, key))
            {
                throw new ArgumentException("Two keys have the same kid.", nameof(keys));
            }
        }
    }

    /// <summary>The number of keys.</summary>
    public int Count => _keys.Count;

    /// <summary>Imports every key of a JWK Set.</summary>
    /// <exception cref="ArgumentException">A key that is not a P-256 signature key, or a duplicate kid.</exception>
    public static VerificationKeySet FromJwks(JsonWebKeySet jwks)
    {
        ArgumentNullException.ThrowIfNull(jwks);
        return new VerificationKeySet(jwks.Keys.Select(VerificationKey.FromJwk).ToList());
    }

    /// <summary>Reads and imports a JWK Set from JSON.</summary>
    /// <exception cref="FormatException">Not a JWK Set.</exception>
    /// <exception cref="ArgumentException">A key that is not a P-256 signature key, or a duplicate kid.</exception>
    public static VerificationKeySet FromJwks(string json) => FromJwks(JsonWebKeySet.Parse(json));

    /// <inheritdoc/>
    public VerificationKey? Find(string keyId) =>
        keyId is not null && _keys.TryGetValue(keyId, out var key) ? key : null;

    /// <summary>The set as a JWK Set.</summary>
    public JsonWebKeySet ToJwks() => new(_keys.Values.Select(k => k.ToJwk()).ToList());

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var key in _keys.Values)
        {
            key.Dispose();
        }
    }
}

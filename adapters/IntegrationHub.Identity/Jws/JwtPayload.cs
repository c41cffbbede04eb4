using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace IntegrationHub.Identity.Jws;

/// <summary>Builds the registered claims of a short-lived assertion (RFC 7519 §4.1).</summary>
public static class JwtPayload
{
    internal static JsonTypeInfo<JsonObject> NodeTypeInfo { get; } =
        (JsonTypeInfo<JsonObject>)JsonSerializerOptions.Default.GetTypeInfo(typeof(JsonObject));

    /// <summary>
    /// <c>{iss, sub, aud, iat, nbf, exp, jti}</c>: issued and valid from <paramref name="issuedAt"/> (read from a
    /// <see cref="TimeProvider"/>), expiring <paramref name="lifetime"/> later, with a random jti. Add more claims
    /// to the object before signing.
    /// </summary>
    public static JsonObject Create(string issuer, string audience, string subject, DateTimeOffset issuedAt, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        ArgumentException.ThrowIfNullOrEmpty(audience);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        var iat = issuedAt.ToUnixTimeSeconds();
        return new JsonObject
        {
            ["iss"] = issuer,
            ["sub"] = subject,
            ["aud"] = audience,
            ["iat"] = iat,
            ["nbf"] = iat,
            ["exp"] = issuedAt.Add(lifetime).ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
        };
    }
}

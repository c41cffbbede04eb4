using System.Text.Json.Serialization;

namespace IntegrationHub.Identity.Jws;

/// <summary>A public EC P-256 key as a JSON Web Key (RFC 7517/7518): <c>{kty: "EC", crv: "P-256", x, y, kid}</c>.
/// It never carries the private part <c>d</c>.</summary>
/// <param name="Kty">Key type, "EC".</param>
/// <param name="Crv">Curve, "P-256".</param>
/// <param name="X">The x coordinate, base64url of 32 bytes.</param>
/// <param name="Y">The y coordinate, base64url of 32 bytes.</param>
/// <param name="Kid">Key id, the JWS header's <c>kid</c>.</param>
public sealed record JsonWebKey(
    [property: JsonPropertyName("kty")] string Kty,
    [property: JsonPropertyName("crv")] string Crv,
    [property: JsonPropertyName("x")] string X,
    [property: JsonPropertyName("y")] string Y,
    [property: JsonPropertyName("kid")] string Kid)
{
    /// <summary>Intended use, "sig"; null when absent.</summary>
    [JsonPropertyName("use")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Use { get; init; } = "sig";

    /// <summary>Algorithm, "ES256"; null when absent.</summary>
    [JsonPropertyName("alg")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Alg { get; init; } = JwsAlgorithms.ES256;
}

using System.Text.Json;

namespace IntegrationHub.Identity.Jws;

/// <summary>
/// The claims of a validated token. ToString is redacted: a token's contents (often a personnummer) must never
/// reach a log line.
/// </summary>
public sealed class JwtClaims
{
    internal JwtClaims(JsonElement root, IReadOnlyList<string> audiences, DateTimeOffset expiresAt, DateTimeOffset? notBefore, DateTimeOffset? issuedAt)
    {
        Root = root;
        Audiences = audiences;
        ExpiresAt = expiresAt;
        NotBefore = notBefore;
        IssuedAt = issuedAt;
    }

    /// <summary>The whole payload (a detached copy).</summary>
    public JsonElement Root { get; }

    /// <summary><c>iss</c>.</summary>
    public string Issuer => GetString("iss")!;

    /// <summary><c>sub</c>, or null.</summary>
    public string? Subject => GetString("sub");

    /// <summary><c>jti</c>, or null.</summary>
    public string? JwtId => GetString("jti");

    /// <summary>The string members of <c>aud</c>.</summary>
    public IReadOnlyList<string> Audiences { get; }

    /// <summary><c>exp</c>.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary><c>nbf</c>, or null.</summary>
    public DateTimeOffset? NotBefore { get; }

    /// <summary><c>iat</c>, or null.</summary>
    public DateTimeOffset? IssuedAt { get; }

    /// <summary>A string claim, or null when absent or not a string.</summary>
    public string? GetString(string name) =>
        Root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Any claim.</summary>
    public bool TryGetClaim(string name, out JsonElement value) => Root.TryGetProperty(name, out value);

    /// <summary>Redacted.</summary>
    public override string ToString() => "JwtClaims { (redacted) }";
}

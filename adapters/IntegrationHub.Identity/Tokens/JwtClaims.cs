using Microsoft.IdentityModel.JsonWebTokens;

namespace IntegrationHub.Identity.Tokens;

/// <summary>
/// The claims of a validated token. ToString is redacted: a token's contents (often a personnummer) must never reach a
/// log line.
/// </summary>
public sealed class JwtClaims
{
    private readonly JsonWebToken _token;

    internal JwtClaims(JsonWebToken token, TimeSpan clockSkew)
    {
        _token = token;
        AcceptedUntil = ExpiresAt + clockSkew;
    }

    /// <summary><c>iss</c>.</summary>
    public string Issuer => _token.Issuer;

    /// <summary><c>sub</c>, or null.</summary>
    public string? Subject => GetString(JwtRegisteredClaimNames.Sub);

    /// <summary><c>jti</c>, or null.</summary>
    public string? JwtId => GetString(JwtRegisteredClaimNames.Jti);

    /// <summary>The members of <c>aud</c>.</summary>
    public IReadOnlyList<string> Audiences => [.. _token.Audiences];

    /// <summary><c>exp</c>.</summary>
    public DateTimeOffset ExpiresAt => Instant(_token.ValidTo)!.Value;

    /// <summary>The last moment a validator with the same clock skew accepts the token: <c>exp</c> plus the skew.</summary>
    public DateTimeOffset AcceptedUntil { get; }

    /// <summary><c>nbf</c>, or null.</summary>
    public DateTimeOffset? NotBefore => Instant(_token.ValidFrom);

    /// <summary><c>iat</c>, or null.</summary>
    public DateTimeOffset? IssuedAt => Instant(_token.IssuedAt);

    /// <summary>A string claim, or null when absent or not a string.</summary>
    public string? GetString(string name) =>
        _token.TryGetPayloadValue<object>(name, out var value) && value is string text ? text : null;

    /// <summary>Redacted.</summary>
    public override string ToString() => "JwtClaims { (redacted) }";

    private static DateTimeOffset? Instant(DateTime time) =>
        time == DateTime.MinValue ? null : new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}

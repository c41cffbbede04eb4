using IntegrationHub.Identity.Jws;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// Issues and checks the hub's short-lived FHIR access tokens (SMART backend-services style): ES256 JWTs signed by the
/// hub's own key, <c>sub</c> and <c>client_id</c> the client, <c>scope</c> the granted scopes separated by spaces.
/// A token is accepted only when its signature, issuer, audience and lifetime hold and its client is still registered;
/// the scopes honoured are those of the token that the registration still allows. Thread-safe.
/// </summary>
public sealed class FhirTokenService : IDisposable
{
    public const string Issuer = "urn:integrationhub:fhir-token";

    public const string Audience = "urn:integrationhub:fhir-r4";

    /// <summary>How long an access token lives.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>How far ahead a client assertion may expire (SMART backend services: no more than five minutes).</summary>
    private static readonly TimeSpan MaxAssertionLifetime = TimeSpan.FromMinutes(5);

    private readonly SigningKey _key;
    private readonly JwsSigner _signer;
    private readonly JwtValidator _validator;
    private readonly VerificationKeySet _keys;
    private readonly FhirClientRegistry _clients;
    private readonly TimeProvider _clock;

    public FhirTokenService(SigningKey key, FhirClientRegistry clients, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        _clients = clients;
        _clock = clock;
        _signer = new JwsSigner(key);
        _keys = new VerificationKeySet([key.ToVerificationKey()]);
        _validator = new JwtValidator(new JwtValidationOptions { Issuer = Issuer, Audience = Audience, ClockSkew = TimeSpan.Zero }, _keys, clock);
    }

    /// <summary>A token for a registered client with the asked scopes it may have; null when it is not registered or may have none.</summary>
    public FhirTokenIssue? Issue(string clientId, IEnumerable<string> scopes)
    {
        var registration = _clients.Find(clientId);
        if (registration is null)
        {
            return null;
        }

        var granted = scopes.Where(s => registration.Scopes.Contains(s, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (granted.Count == 0)
        {
            return null;
        }

        var scope = string.Join(' ', granted);
        var claims = JwtPayload.Create(Issuer, Audience, clientId, _clock.GetUtcNow(), Lifetime);
        claims["client_id"] = clientId;
        claims["scope"] = scope;
        return new FhirTokenIssue(_signer.Sign(claims), "Bearer", (int)Lifetime.TotalSeconds, scope);
    }

    /// <summary>
    /// SMART backend services: a client assertion (a JWT the client signed with a key of its registered JWK Set, iss and
    /// sub its client id, aud the token endpoint, short-lived) exchanged for an access token; null when it does not hold.
    /// Replayed assertions (the same jti) are not yet refused.
    /// </summary>
    public FhirTokenIssue? IssueForAssertion(string? clientAssertion, string tokenEndpoint, IEnumerable<string> scopes)
    {
        var clientId = UnverifiedIssuer(clientAssertion);
        if (clientId is null || _clients.Find(clientId) is not { Jwks: { } jwks })
        {
            return null;
        }

        VerificationKeySet keys;
        try
        {
            keys = VerificationKeySet.FromJwks(jwks);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }

        using (keys)
        {
            var result = new JwtValidator(new JwtValidationOptions { Issuer = clientId, Audience = tokenEndpoint }, keys, _clock).Validate(clientAssertion);
            if (!result.IsValid || result.Claims.Subject != clientId || result.Claims.ExpiresAt - _clock.GetUtcNow() > MaxAssertionLifetime)
            {
                return null;
            }
        }

        return Issue(clientId, scopes);
    }

    /// <summary>The caller a bearer token speaks for, or null when the token is not one the hub accepts now.</summary>
    public FhirCaller? Validate(string? token)
    {
        var result = _validator.Validate(token);
        if (!result.IsValid)
        {
            return null;
        }

        var clientId = result.Claims.GetString("client_id");
        if (clientId is null || clientId != result.Claims.Subject || _clients.Find(clientId) is not { } registration)
        {
            return null;
        }

        var scopes = (result.Claims.GetString("scope") ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => registration.Scopes.Contains(s, StringComparer.Ordinal))
            .ToList();
        return new FhirCaller(clientId, scopes);
    }

    // Which client the assertion claims to come from, read before its signature can be checked with that client's keys.
    private static string? UnverifiedIssuer(string? assertion)
    {
        var parts = assertion?.Split('.');
        if (parts is not { Length: 3 } || parts[1].Length > 8192)
        {
            return null;
        }

        try
        {
            using var payload = System.Text.Json.JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]));
            return payload.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && payload.RootElement.TryGetProperty("iss", out var iss) && iss.ValueKind == System.Text.Json.JsonValueKind.String
                && FhirClientRegistry.IsValidClientId(iss.GetString()) ? iss.GetString() : null;
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _keys.Dispose();
        _key.Dispose();
    }
}

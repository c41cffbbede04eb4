using IntegrationHub.Identity.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// Issues the hub's short-lived FHIR access tokens (SMART backend-services style): ES256 JWTs signed by the hub's own key,
/// <c>sub</c> and <c>client_id</c> the client, <c>scope</c> the granted scopes separated by spaces. JwtBearer checks them
/// with <see cref="AccessTokenParameters"/> (signature, issuer, audience, lifetime); <see cref="CallerOf"/> then accepts
/// only a client that is still registered, with the scopes of the token that the registration still allows.
/// Client assertions are single-use (<see cref="IAssertionReplayLedger"/>). Thread-safe.
/// </summary>
public sealed class FhirTokenService : IDisposable
{
    public const string Issuer = "urn:integrationhub:fhir-token";

    public const string Audience = "urn:integrationhub:fhir-r4";

    /// <summary>How long an access token lives.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>How far ahead a client assertion may expire (SMART backend services: no more than five minutes).</summary>
    private static readonly TimeSpan MaxAssertionLifetime = TimeSpan.FromMinutes(5);

    private const string ClientIdClaim = "client_id";

    private const string ScopeClaim = "scope";

    private readonly SigningKey _key;
    private readonly FhirClientRegistry _clients;
    private readonly IAssertionReplayLedger _ledger;
    private readonly TimeProvider _clock;

    public FhirTokenService(SigningKey key, FhirClientRegistry clients, IAssertionReplayLedger ledger, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key;
        _clients = clients;
        _ledger = ledger;
        _clock = clock;
        AccessTokenParameters = new JwtValidationOptions { Issuer = Issuer, Audience = Audience, ClockSkew = TimeSpan.Zero }
            .ToTokenValidationParameters([key.PublicKey], clock);
    }

    /// <summary>How an access token of this hub is checked: ES256 by the hub's key, issuer, audience, lifetime on the hub's clock.</summary>
    public TokenValidationParameters AccessTokenParameters { get; }

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
        var token = _key.CreateToken(Issuer, Audience, clientId, _clock.GetUtcNow(), Lifetime, [new(ClientIdClaim, clientId), new(ScopeClaim, scope)]);
        return new FhirTokenIssue(token, "Bearer", (int)Lifetime.TotalSeconds, scope);
    }

    /// <summary>
    /// SMART backend services: a client assertion (a JWT the client signed with a key of its registered JWK Set, iss and
    /// sub its client id, aud the token endpoint, a jti, short-lived) exchanged for an access token; null when it does not
    /// hold or was used before.
    /// </summary>
    public async Task<FhirTokenIssue?> IssueForAssertionAsync(string? clientAssertion, string tokenEndpoint, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        // Which client the assertion claims to come from, read before its signature can be checked with that client's keys.
        if (!UnverifiedJwt.TryRead(clientAssertion, out var clientId, out _)
            || !FhirClientRegistry.IsValidClientId(clientId)
            || _clients.Find(clientId) is not { Jwks: { } jwks })
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

        var result = await new JwtValidator(new JwtValidationOptions { Issuer = clientId, Audience = tokenEndpoint }, keys, _clock)
            .ValidateAsync(clientAssertion).ConfigureAwait(false);
        if (!result.IsValid
            || result.Claims.Subject != clientId
            || result.Claims.JwtId is not { Length: > 0 } jwtId
            || result.Claims.ExpiresAt - _clock.GetUtcNow() > MaxAssertionLifetime
            || !await _ledger.TryUseAsync(clientId, jwtId, result.Claims.AcceptedUntil, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return Issue(clientId, scopes);
    }

    /// <summary>The caller an access token that passed <see cref="AccessTokenParameters"/> speaks for, or null when its client is not registered (any longer).</summary>
    public FhirCaller? CallerOf(JsonWebToken validated)
    {
        ArgumentNullException.ThrowIfNull(validated);
        if (!validated.TryGetPayloadValue<string>(ClientIdClaim, out var clientId)
            || clientId != validated.Subject
            || _clients.Find(clientId) is not { } registration)
        {
            return null;
        }

        var scopes = (validated.TryGetPayloadValue<string>(ScopeClaim, out var scope) ? scope : string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => registration.Scopes.Contains(s, StringComparer.Ordinal))
            .ToList();
        return new FhirCaller(clientId, scopes);
    }

    public void Dispose() => _key.Dispose();
}

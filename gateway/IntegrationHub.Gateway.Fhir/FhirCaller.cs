using System.Security.Claims;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>The client a valid access token speaks for, and the scopes it was granted; carried as the request's <c>User</c>.</summary>
public sealed record FhirCaller(string ClientId, IReadOnlyList<string> Scopes)
{
    private const string ClientIdClaim = "client_id";

    private const string ScopeClaim = "scope";

    /// <summary>The caller of an authenticated <c>/fhir/r4</c> request, or null when the principal is not one.</summary>
    public static FhirCaller? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = user.Identities.FirstOrDefault(i => i.AuthenticationType == FhirAuthentication.Scheme && i.IsAuthenticated);
        return identity?.FindFirst(ClientIdClaim)?.Value is { } clientId
            ? new FhirCaller(clientId, [.. identity.FindAll(ScopeClaim).Select(c => c.Value)])
            : null;
    }

    /// <summary>The caller as the principal of the request (one <c>scope</c> claim per scope).</summary>
    public ClaimsPrincipal ToPrincipal() =>
        new(new ClaimsIdentity(
            [new Claim(ClientIdClaim, ClientId), .. Scopes.Select(s => new Claim(ScopeClaim, s))],
            FhirAuthentication.Scheme,
            ClientIdClaim,
            roleType: null));
}

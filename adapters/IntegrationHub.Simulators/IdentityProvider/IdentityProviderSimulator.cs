using IntegrationHub.Identity.Tokens;
using IntegrationHub.Simulators.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Simulators.IdentityProvider;

/// <summary>
/// The identity provider (e-identification for residents, SITHS for staff). It holds one ES256 key, publishes it at
/// <c>GET {base}/.well-known/jwks.json</c>, and signs assertions on request: <see cref="SignResident"/>,
/// <see cref="SignStaff"/>, also <c>POST {base}/control/resident</c> <c>{personnummer, method}</c> and
/// <c>POST {base}/control/staff</c> <c>{hsaId}</c>, each answering <c>{assertion}</c>.
/// <para>Claims (see <see cref="AssertionClaims"/>): <c>iss</c> = <see cref="Issuer"/>, <c>aud</c> =
/// <see cref="Audience"/>, <c>sub</c> = the personnummer or HSA-id exactly as given (it signs any string; the hub's
/// checks are what refuse), <c>method</c> = the method given, or <c>siths</c> for staff, <c>iat</c> = <c>nbf</c> =
/// now and <c>exp</c> = now + <see cref="Lifetime"/> from the injected <see cref="TimeProvider"/>, <c>jti</c>
/// random.</para>
/// </summary>
public sealed class IdentityProviderSimulator : Simulator
{
    /// <summary>The audience when none is given: the hub.</summary>
    public const string DefaultAudience = "integrationhub";

    /// <summary>Where the JWKS is served, relative to <see cref="Simulator.BaseAddress"/>.</summary>
    public const string JwksPath = ".well-known/jwks.json";

    private readonly TimeProvider _timeProvider;
    private readonly SigningKey _key;

    private IdentityProviderSimulator(TimeProvider timeProvider, string audience)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentException.ThrowIfNullOrEmpty(audience);
        _timeProvider = timeProvider;
        Audience = audience;
        _key = SigningKey.Generate("sim-idp-" + Guid.NewGuid().ToString("N")[..8]);
    }

    /// <summary>
    /// <c>iss</c> of every assertion: the base address without its trailing slash, e.g. <c>http://127.0.0.1:41234</c>
    /// (the hub's IdP keys client derives the same from the base address it is given).
    /// </summary>
    public string Issuer => BaseAddress.AbsoluteUri.TrimEnd('/');

    /// <summary><c>aud</c> of every assertion.</summary>
    public string Audience { get; }

    /// <summary>The lifetime of an assertion: 5 minutes.</summary>
    public static TimeSpan Lifetime { get; } = TimeSpan.FromMinutes(5);

    /// <summary>The key id (<c>kid</c>) of the signing key.</summary>
    public string KeyId => _key.KeyId;

    /// <summary>The JWKS address.</summary>
    public Uri JwksUri => new(BaseAddress, JwksPath);

    /// <summary>The published keys, a JWK Set in JSON.</summary>
    public string JwksJson => _key.ExportPublicJwksJson();

    /// <summary>Starts an identity provider alone on a free port of 127.0.0.1.</summary>
    public static Task<IdentityProviderSimulator> StartAsync(
        TimeProvider timeProvider, CancellationToken cancellationToken, string audience = DefaultAudience) =>
        StartAsync(new IdentityProviderSimulator(timeProvider, audience), cancellationToken);

    /// <summary>A resident's login assertion (API.md <c>POST /sim/idp/resident</c>): <c>sub</c> = <paramref name="personnummer"/>, <c>method</c> = <paramref name="method"/>.</summary>
    public string SignResident(string personnummer, string method)
    {
        ArgumentNullException.ThrowIfNull(personnummer);
        ArgumentNullException.ThrowIfNull(method);
        return Sign(personnummer, method);
    }

    /// <summary>A staff member's SITHS assertion (API.md <c>POST /sim/idp/staff</c>): <c>sub</c> = <paramref name="hsaId"/>, <c>method</c> = <c>siths</c>.</summary>
    public string SignStaff(string hsaId)
    {
        ArgumentNullException.ThrowIfNull(hsaId);
        return Sign(hsaId, AssertionClaims.SithsMethod);
    }

    /// <inheritdoc/>
    protected override void MapRoutes(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/" + JwksPath, () => Results.Text(JwksJson, "application/json"));
        routes.MapPost("/control/resident", (ResidentAssertionRequest request) =>
            Results.Ok(new AssertionResponse(SignResident(request.Personnummer ?? string.Empty, request.Method ?? string.Empty))));
        routes.MapPost("/control/staff", (StaffAssertionRequest request) =>
            Results.Ok(new AssertionResponse(SignStaff(request.HsaId ?? string.Empty))));
    }

    /// <inheritdoc/>
    protected override async ValueTask DisposeCoreAsync()
    {
        _key.Dispose();
        await base.DisposeCoreAsync();
    }

    private string Sign(string subject, string method) =>
        _key.CreateToken(Issuer, Audience, subject, _timeProvider.GetUtcNow(), Lifetime, [new(AssertionClaims.Method, method)]);
}

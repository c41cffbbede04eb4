using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Proxies;
using IntegrationHub.Grains.Contracts.Sessions;
using IntegrationHub.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Api.Proxies;

/// <summary><c>POST /api/proxies</c>, <c>PUT /api/acting-as</c> and <c>DELETE /api/acting-as</c> (PX1–PX10).</summary>
internal static class ProxyEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/proxies", AddAsync);
        endpoints.MapPut("/api/acting-as", ActAsAsync);
        endpoints.MapDelete("/api/acting-as", StopActingAsync);
    }

    internal static async Task<IResult> AddAsync(HttpContext context, AddProxyBody body, HubGrains grains)
    {
        if (!Personnummer.TryParse(body.ChildPersonnummer, out var child))
        {
            return ApiProblem.BadRequest(IdentityErrorCodes.InvalidIdentityNumber, "childPersonnummer must be 12 digits with a valid check digit.");
        }

        // Relationships are the logged-in guardian's own, also when the session acts for a child.
        var guardian = RequestPrincipal.Of(context).Subject;
        var outcome = await grains.Relationship(guardian, child.Value).CreateAsync();
        return outcome.Succeeded
            ? Results.Created((string?)null, ProxyView.From(outcome.Relationship!))
            : Refusal(outcome.Code!);
    }

    internal static async Task<IResult> ActAsAsync(HttpContext context, ActingAsBody body, HubGrains grains)
    {
        if (!Personnummer.TryParse(body.Personnummer, out var person))
        {
            return ApiProblem.BadRequest(IdentityErrorCodes.InvalidIdentityNumber, "personnummer must be 12 digits with a valid check digit.");
        }

        var principal = RequestPrincipal.Of(context);
        var session = grains.Session(principal.SessionKey);
        if (person.Value == principal.Subject)
        {
            await session.StopActingAsync();
            return Results.NoContent();
        }

        var code = await session.ActAsAsync(person.Value);
        return code is null ? Results.NoContent() : Refusal(code);
    }

    internal static async Task<IResult> StopActingAsync(HttpContext context, HubGrains grains)
    {
        await grains.Session(RequestPrincipal.Of(context).SessionKey).StopActingAsync();
        return Results.NoContent();
    }

    private static IResult Refusal(string code) => code == ProxyCodes.RegistryUnavailable
        ? ApiProblem.Of(StatusCodes.Status503ServiceUnavailable, code, "The population registry cannot be reached; try again shortly.")
        : ApiProblem.Forbidden(code, code switch
        {
            ProxyCodes.NotGuardian => "The population registry does not record you as the child's guardian.",
            ProxyCodes.ChildTooOld => "Proxies are for children under 13.",
            ProxyCodes.ProtectedIdentity => "Not possible for this person.",
            ProxyCodes.AccountInactive => "The account is not active.",
            ProxyCodes.AccountLocked => "The child's account is locked; proxy use of the e-services is not possible.",
            _ => "You cannot act for this person now.",
        });
}

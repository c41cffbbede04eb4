using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Api.Staff;

/// <summary><c>GET /staff/residents?personnummer=…</c> (ST1), audit-logged by the account before it answers (ST2).</summary>
internal static class ResidentLookupEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet("/staff/residents", LookUpAsync);

    internal static async Task<IResult> LookUpAsync(HttpContext context, string? personnummer, string? clinicId, HubGrains grains)
    {
        if (!Personnummer.TryParse(personnummer, out var number))
        {
            return ApiProblem.BadRequest(IdentityErrorCodes.InvalidIdentityNumber, "personnummer must be 12 digits with a valid check digit.");
        }

        var principal = RequestPrincipal.Of(context);
        var result = await grains.Account(number.Value)
            .LookUpForStaffAsync(new StaffAccess(principal.Subject, principal.Name, clinicId, "resident-lookup"));
        if (result.RegistryUnavailable)
        {
            return ApiProblem.Of(StatusCodes.Status503ServiceUnavailable, LoginRefusals.RegistryUnavailable, "The population registry cannot be reached.");
        }

        return result.View is null ? ApiProblem.NotFound() : Results.Ok(result.View);
    }
}

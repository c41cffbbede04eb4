using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Api.Residents;

/// <summary><c>GET /api/me</c>, <c>GET /api/start</c> (HO3) and <c>PUT /api/me/settings</c>.</summary>
internal static class ResidentEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/me", GetMeAsync);
        endpoints.MapGet("/api/start", GetStartAsync);
        endpoints.MapPut("/api/me/settings", PutSettingsAsync);
    }

    internal static async Task<IResult> GetMeAsync(HttpContext context, HubGrains grains) =>
        await grains.Session(RequestPrincipal.Of(context).SessionKey).GetMeAsync() is { } me ? Results.Ok(me) : ApiProblem.Unauthenticated();

    /// <summary>HO3: the start page's data for the acting identity, from one session-grain call.</summary>
    internal static async Task<IResult> GetStartAsync(HttpContext context, HubGrains grains) =>
        await grains.Session(RequestPrincipal.Of(context).SessionKey).GetStartAsync() is { } start ? Results.Ok(start) : ApiProblem.Unauthenticated();

    internal static async Task<IResult> PutSettingsAsync(HttpContext context, SettingsRequest body, HubGrains grains)
    {
        var principal = RequestPrincipal.Of(context);
        var refusal = await grains.Account(principal.Acting)
            .UpdateContactsAsync(new ContactUpdate(body.Mobile, body.Email, principal.ActingFor is null ? null : principal.Subject));
        return refusal is null
            ? Results.NoContent()
            : ApiProblem.BadRequest(refusal, "A mobile number (Swedish, e.g. +46701234567) or an e-mail address is not valid.");
    }
}

using IntegrationHub.Gateway.Sessions.Cookies;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IntegrationHub.Gateway.Web.Hosting;

/// <summary>
/// <c>GET /sessionen</c>: the idle warning's "stay logged in" (ID5). It asks the session grain as any request does, which
/// is what keeps a session alive: 204 while it lives, 401 once it ended.
/// </summary>
internal static class KeepAliveEndpoint
{
    public const string Path = "/sessionen";

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet(Path, async (HttpContext context, HubGrains grains) =>
    {
        var key = SessionCookie.KeyFrom(context.Request);
        var session = key is null ? null : grains.Session(key);
        var principal = session is null ? null : await session.GetPrincipalAsync();
        if (principal is null)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var decision = await session!.AuthorizeAsync(new AccessRequest(principal.Kind == SessionKind.Staff ? AccessArea.StaffApi : AccessArea.ResidentSelf));
        return decision.Verdict == SessionVerdict.Unauthenticated ? Results.StatusCode(StatusCodes.Status401Unauthorized) : Results.NoContent();
    });
}

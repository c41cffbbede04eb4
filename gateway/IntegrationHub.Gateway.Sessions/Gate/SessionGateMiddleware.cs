using IntegrationHub.Grains.Contracts.Sessions;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Sessions.Gate;

/// <summary>
/// Before anything under <c>/api</c> or <c>/staff</c> runs, one call to the session grain decides: 401 without a live
/// session (idle, logged out, or ended by a lock or a death), 403 with a code, or pass with the principal set as a
/// request feature (<see cref="HubPrincipal"/>). Hop-outs are decided by <see cref="SessionHopOutAuthorizer"/>.
/// </summary>
internal sealed class SessionGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SessionGrainReferences sessions)
    {
        var area = AreaOf(context.Request.Path);
        if (area is null)
        {
            await next(context);
            return;
        }

        var decision = await SessionGate.DecideAsync(context, sessions, new AccessRequest(area.Value));
        if (decision.Verdict == SessionVerdict.Allowed)
        {
            HubPrincipal.Set(context, decision.Principal!);
            context.Response.Headers.CacheControl = "no-store";
            await next(context);
            return;
        }

        await SessionGate.RefuseAsync(context, decision);
    }

    /// <summary>Case-insensitive, as routing is: <c>/API/me</c> reaches the same endpoint as <c>/api/me</c>, so it passes the same gate.</summary>
    private static AccessArea? AreaOf(PathString path) =>
        path.StartsWithSegments("/api/acting-as", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/api/proxies", StringComparison.OrdinalIgnoreCase) ? AccessArea.ResidentSelf
        : path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? AccessArea.ResidentApi
        : path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase) ? AccessArea.StaffApi
        : null;
}

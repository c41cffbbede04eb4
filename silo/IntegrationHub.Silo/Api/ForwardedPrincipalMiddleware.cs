using IntegrationHub.Grains.Sessions;
using IntegrationHub.Runtime.Remoting.Security;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Api;

/// <summary>
/// In a silo behind a separate gateway: /api and /staff requests carry the principal the gateway's session gate let
/// through, signed with the internal key. Without a valid one the silo answers 401 and runs nothing.
/// </summary>
internal sealed class ForwardedPrincipalMiddleware(RequestDelegate next, ForwardedIdentity identity)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/api", StringComparison.Ordinal) && !path.StartsWithSegments("/staff", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var target = context.Request.Path + context.Request.QueryString;
        if (!identity.TryRead<SessionPrincipal>(context.Request.Headers[ForwardedIdentity.Header], context.Request.Method, target, out var principal))
        {
            await ApiProblem.Of(StatusCodes.Status401Unauthorized, "unauthenticated", "No principal from a gateway.").ExecuteAsync(context);
            return;
        }

        context.Features.Set(principal!);
        context.Response.Headers.CacheControl = "no-store";
        await next(context);
    }
}

using IntegrationHub.Grains.Contracts.Sessions;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Api;

/// <summary>The principal the gateway's session gate let through; every endpoint under /api and /staff runs behind it.</summary>
internal static class RequestPrincipal
{
    public static SessionPrincipal Of(HttpContext context) =>
        context.Features.Get<SessionPrincipal>()
        ?? throw new InvalidOperationException("No principal: /api and /staff endpoints must run behind the session gate.");

    public static StaffProfile StaffOf(HttpContext context) =>
        Of(context).Staff ?? throw new InvalidOperationException("A staff endpoint was reached by a resident session.");
}

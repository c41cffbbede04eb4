using IntegrationHub.Grains.Contracts.Sessions;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Sessions.Gate;

/// <summary>The principal the session grain let through, as a request feature for the API endpoints behind the gate.</summary>
public static class HubPrincipal
{
    public static SessionPrincipal Get(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<SessionPrincipal>()
            ?? throw new InvalidOperationException("The endpoint runs behind the session gate, which sets the principal.");
    }

    internal static void Set(HttpContext context, SessionPrincipal principal) => context.Features.Set(principal);
}

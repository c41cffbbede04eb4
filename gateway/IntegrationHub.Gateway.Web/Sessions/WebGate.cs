using IntegrationHub.Gateway.Sessions.Cookies;
using IntegrationHub.Gateway.Sessions.Gate;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Grains.Contracts.Sessions;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Web.Sessions;

/// <summary>
/// The pages' one question per request to the session grain, the same as the API's gate asks: on yes the principal is
/// set as the request feature the API's endpoint helpers read, so a page and an API call act as the same person.
/// </summary>
internal static class WebGate
{
    /// <summary>The session's decision for <paramref name="area"/>; null when the request carries no session cookie.</summary>
    public static async Task<SessionDecision?> DecideAsync(HttpContext context, HubGrains grains, AccessArea area)
    {
        var key = SessionCookie.KeyFrom(context.Request);
        if (key is null)
        {
            return null;
        }

        var decision = await grains.Session(key).AuthorizeAsync(new AccessRequest(area));
        if (decision.Verdict == SessionVerdict.Allowed)
        {
            HubPrincipal.Set(context, decision.Principal!);
        }

        return decision;
    }
}

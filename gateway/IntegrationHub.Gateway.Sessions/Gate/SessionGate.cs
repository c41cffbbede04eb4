using IntegrationHub.Gateway.Errors;
using IntegrationHub.Gateway.Sessions.Cookies;
using IntegrationHub.Grains.Contracts.Sessions;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Sessions.Gate;

/// <summary>The one question per request, shared by the API gate and the hop-out authorizer.</summary>
internal static class SessionGate
{
    public static async Task<SessionDecision> DecideAsync(HttpContext context, SessionGrainReferences sessions, AccessRequest request)
    {
        var key = SessionCookie.KeyFrom(context.Request);
        if (key is null)
        {
            return SessionDecision.Unauthenticated(ProblemCodes.Unauthenticated);
        }

        var decision = await sessions.Of(key).AuthorizeAsync(request);
        if (decision.Verdict == SessionVerdict.Unauthenticated)
        {
            // The session is over for good; the browser may as well forget the cookie.
            SessionCookie.Delete(context.Response);
        }

        return decision;
    }

    public static Task RefuseAsync(HttpContext context, SessionDecision decision) =>
        decision.Verdict == SessionVerdict.Unauthenticated
            ? HubProblem.WriteAsync(context, StatusCodes.Status401Unauthorized, "No live session: log in again.", ProblemCodes.Unauthenticated, context.RequestAborted)
            : HubProblem.WriteAsync(context, StatusCodes.Status403Forbidden, "Not allowed for this account now.", decision.Code ?? "forbidden", context.RequestAborted);
}

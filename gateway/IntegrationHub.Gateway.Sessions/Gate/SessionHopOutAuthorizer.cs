using IntegrationHub.Gateway.HopOuts;
using IntegrationHub.Grains.Contracts.Sessions;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Sessions.Gate;

/// <summary>HO2: a hop-out is forwarded only when the session, and through it the account's rules, say yes.</summary>
internal sealed class SessionHopOutAuthorizer(SessionGrainReferences sessions) : IHopOutAuthorizer
{
    public async ValueTask<HopOutDecision> AuthorizeAsync(HttpContext context, string service, CancellationToken cancellationToken)
    {
        var decision = await SessionGate.DecideAsync(context, sessions, new AccessRequest(AccessArea.HopOut, service));
        return decision.Verdict switch
        {
            SessionVerdict.Allowed => HopOutDecision.Allow(decision.Principal!.Subject, decision.Principal.ActingFor, session: decision.Principal.SessionKey),
            SessionVerdict.Forbidden => HopOutDecision.Forbidden(decision.Code ?? "forbidden"),
            _ => HopOutDecision.Unauthenticated,
        };
    }
}

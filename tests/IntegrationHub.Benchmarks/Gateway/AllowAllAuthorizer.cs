using IntegrationHub.Gateway.HopOuts;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Benchmarks.Gateway;

/// <summary>The peer's "check": every request is one synthetic resident in one session, decided without any call.</summary>
internal sealed class AllowAllAuthorizer : IHopOutAuthorizer
{
    private static readonly HopOutDecision Allowed = HopOutDecision.Allow("199006022397", session: "yarp-peer");

    public ValueTask<HopOutDecision> AuthorizeAsync(HttpContext context, string service, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Allowed);
}

using IntegrationHub.Gateway.HopOuts;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Tests.Hosting;

/// <summary>Decides by the test's <c>X-Test-Decision</c> header and records the headers it saw.</summary>
internal sealed class TestAuthorizer : IHopOutAuthorizer
{
    public const string Guardian = "191212121212";
    public const string Child = "200302022389";
    public const string Resident = "199006022397";

    public IReadOnlyList<string> LastSeenHeaders { get; private set; } = [];

    public ValueTask<HopOutDecision> AuthorizeAsync(HttpContext context, string service, CancellationToken cancellationToken)
    {
        LastSeenHeaders = context.Request.Headers.Keys.ToList();
        var decision = context.Request.Headers["X-Test-Decision"].ToString() switch
        {
            "unauthenticated" => HopOutDecision.Unauthenticated,
            "age_limit" => HopOutDecision.Forbidden("age_limit"),
            "proxy" => HopOutDecision.Allow(Guardian, actingFor: Child),
            _ => HopOutDecision.Allow(Resident),
        };
        return ValueTask.FromResult(decision);
    }
}

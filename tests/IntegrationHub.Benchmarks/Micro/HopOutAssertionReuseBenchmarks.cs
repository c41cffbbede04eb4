using BenchmarkDotNet.Attributes;
using IntegrationHub.Gateway.Assertions;
using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Gateway.HopOuts;
using IntegrationHub.Identity;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Benchmarks.Micro;

/// <summary>
/// The gateway's part of the hop-out session check after the session grain said yes: the assertion for the request from
/// the gateway's own issuer, reused within its session, service and acting person (the common case) against one signed
/// fresh (a decision without a session, as the first request of a session or one past half the lifetime).
/// </summary>
[MemoryDiagnoser]
public class HopOutAssertionReuseBenchmarks : IDisposable
{
    private static readonly HopOutDecision InSession = HopOutDecision.Allow("199006022397", session: "session-key-of-the-bench");
    private static readonly HopOutDecision WithoutSession = HopOutDecision.Allow("199006022397");

    private readonly GatewaySigningKeys keys;
    private readonly HopOutAssertionIssuer issuer;

    public HopOutAssertionReuseBenchmarks()
    {
        var options = Options.Create(new HubGatewayOptions { Issuer = "https://hub.example.se" });
        keys = new GatewaySigningKeys(options);
        issuer = new HopOutAssertionIssuer(keys, options, HubClock.RealTime);
        issuer.Issue("samples", InSession);
    }

    [Benchmark(Baseline = true)]
    public string FreshAssertion() => issuer.Issue("samples", WithoutSession);

    [Benchmark]
    public string ReusedAssertion() => issuer.Issue("samples", InSession);

    public void Dispose()
    {
        issuer.Dispose();
        keys.Dispose();
        GC.SuppressFinalize(this);
    }
}

using BenchmarkDotNet.Attributes;
using IntegrationHub.Gateway.Sessions.Cookies;

namespace IntegrationHub.Benchmarks.Micro;

/// <summary>
/// The part of the per-request session check that runs before the session grain is called: the grain key is the
/// SHA-256 of the <c>hub_session</c> cookie (<see cref="SessionCookie.KeyOf"/>). The grain call itself is what the
/// <c>calls</c> subcommand measures (≈ 3 µs of CPU per in-silo call).
/// </summary>
[MemoryDiagnoser]
public class SessionCookieBenchmarks
{
    private readonly string token = SessionCookie.NewToken();

    [Benchmark]
    public string SessionKeyOfCookie() => SessionCookie.KeyOf(token);
}

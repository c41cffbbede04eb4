using BenchmarkDotNet.Attributes;
using IntegrationHub.Identity.Tokens;

namespace IntegrationHub.Benchmarks.Micro;

/// <summary>
/// The hop-out assertion the gateway signs for every forwarded request (<c>X-Hub-Assertion</c>, ES256 through
/// Microsoft.IdentityModel, the hub's <see cref="SigningKey"/>), and its verification as a hop-out service would do it.
/// </summary>
[MemoryDiagnoser]
public class AssertionSigningBenchmarks : IDisposable
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 12, 6, 1, 0, 0, TimeSpan.Zero);
    private readonly SigningKey key = SigningKey.Generate("bench");
    private readonly Dictionary<string, string> claims = new(StringComparer.Ordinal) { ["act"] = "pseudonym-of-the-guardian" };

    [Benchmark]
    public string SignHopOutAssertion() =>
        key.CreateToken("https://hub.example.se", "samples", "pseudonym-of-the-resident", IssuedAt, TimeSpan.FromSeconds(60), claims);

    public void Dispose()
    {
        key.Dispose();
        GC.SuppressFinalize(this);
    }
}

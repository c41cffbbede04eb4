namespace IntegrationHub.Benchmarks.Harness;

/// <summary>The hub's clock for a benchmark day: stands where it is set (Orleans keeps real time).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now;

    public void Set(DateTimeOffset value) => now = value;
}

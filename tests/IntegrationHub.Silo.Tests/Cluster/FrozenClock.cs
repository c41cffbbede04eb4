namespace IntegrationHub.Silo.Tests.Cluster;

/// <summary>A clock that stands still until a test moves it: the rules of the hub read it, Orleans keeps real time.</summary>
public sealed class FrozenClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref ticks, now.UtcTicks);
}

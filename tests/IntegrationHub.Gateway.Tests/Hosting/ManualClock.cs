namespace IntegrationHub.Gateway.Tests.Hosting;

/// <summary>A clock that stands still until a test moves it, so that iat and exp can be checked exactly.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset current = now;

    public override DateTimeOffset GetUtcNow() => current;

    /// <summary>Moves the clock by <paramref name="by"/> (back when negative).</summary>
    public void Advance(TimeSpan by) => current += by;
}

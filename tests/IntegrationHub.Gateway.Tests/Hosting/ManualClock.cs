namespace IntegrationHub.Gateway.Tests.Hosting;

/// <summary>A clock that stands still, so that iat and exp can be checked exactly.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

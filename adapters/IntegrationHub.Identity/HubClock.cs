namespace IntegrationHub.Identity;

/// <summary>
/// The clock every rule of the hub reads (ages, birthdays, retention, lifetimes of sessions and assertions). It is its own
/// type, not the container's <see cref="TimeProvider"/>, because Orleans takes that one for its own timers and
/// membership, which must keep real time when a simulation moves the hub's clock years ahead.
/// </summary>
public sealed class HubClock(TimeProvider time) : TimeProvider
{
    /// <summary>Real time: what production runs on.</summary>
    public static HubClock RealTime { get; } = new(TimeProvider.System);

    /// <summary>What this clock reads: real time, or a simulation's clock.</summary>
    public TimeProvider Inner => time;

    public override DateTimeOffset GetUtcNow() => time.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => time.LocalTimeZone;

    public override long TimestampFrequency => time.TimestampFrequency;

    public override long GetTimestamp() => time.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        time.CreateTimer(callback, state, dueTime, period);
}

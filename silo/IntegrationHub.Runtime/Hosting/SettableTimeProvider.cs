namespace IntegrationHub.Runtime.Hosting;

/// <summary>
/// A clock that stands still until it is set, for simulation mode and tests: rules that depend on dates (birthdays,
/// retention, reminders) read it. Timers still run on real time; durable reminders follow this clock.
/// </summary>
public sealed class SettableTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);

    public void SetUtcNow(DateTimeOffset now) => Interlocked.Exchange(ref utcTicks, now.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref utcTicks, by.Ticks);
}

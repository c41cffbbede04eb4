using System.Diagnostics.Metrics;
using IntegrationHub.Identity.Telemetry;

namespace IntegrationHub.Grains.Telemetry;

/// <summary>
/// The silo's own instruments: <c>hub.outbox.oldest_age</c> (seconds the oldest undelivered outbox event has waited,
/// 0 when none; measured by <see cref="OutboxLagProbe"/>) and <c>hub.reminder.lag</c> (how late a tick of the daily work
/// or the retention sweep ran after its due time, by reminder). Orleans' own meter adds activations and messaging.
/// </summary>
internal sealed class SiloMetrics
{
    private readonly Histogram<double> reminderLag;
    private double oldestOutboxAge;

    public SiloMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(HubMeter.Name);
        reminderLag = meter.CreateHistogram<double>("hub.reminder.lag", "s", "How late a reminder tick ran after it was due");
        meter.CreateObservableGauge("hub.outbox.oldest_age", () => Volatile.Read(ref oldestOutboxAge), "s", "Age of the oldest undelivered outbox event");
    }

    public void OutboxOldestAge(TimeSpan age) => Volatile.Write(ref oldestOutboxAge, Math.Max(0, age.TotalSeconds));

    /// <summary>A tick of <paramref name="reminder"/> that ran at <paramref name="ranAt"/>: its lag past the latest due time (first tick + n periods).</summary>
    public void ReminderTicked(string reminder, DateTime firstTick, TimeSpan period, DateTime ranAt)
    {
        var since = ranAt - firstTick;
        var lag = since <= TimeSpan.Zero || period <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks(since.Ticks % period.Ticks);
        reminderLag.Record(lag.TotalSeconds, new KeyValuePair<string, object?>("reminder", reminder));
    }
}

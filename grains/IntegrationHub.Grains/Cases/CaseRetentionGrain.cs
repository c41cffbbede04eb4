using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Telemetry;
using IntegrationHub.Identity;
using IntegrationHub.Store.Attachments;
using IntegrationHub.Store.Retention;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Grains.Cases;

/// <summary>
/// CS7 as set-based work: an hourly reminder deletes, in batches of SQL over the retention index, every case whose
/// latest event is two years old (its state, index rows and attachments). Cases past their date are already hidden by
/// the case grain itself, so the hour between sweeps shows nothing deleted. It also sweeps uploads whose message never
/// committed.
/// </summary>
[GrainType("case-retention")]
internal sealed partial class CaseRetentionGrain(
    IRetentionStore retention,
    IAttachmentStore attachments,
    HubClock clock,
    TimeProvider realTime,
    SiloMetrics metrics,
    ILogger<CaseRetentionGrain> logger) : Grain, ICaseRetentionGrain, IRemindable
{
    private const string ReminderName = "sweep";
    private const int BatchSize = 1000;
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);
    private static readonly TimeSpan AbandonedUploadAge = TimeSpan.FromHours(1);

    public async Task EnsureScheduledAsync()
    {
        if (await this.GetReminder(ReminderName) is null)
        {
            await this.RegisterOrUpdateReminder(ReminderName, Period, Period);
        }
    }

    public async Task<int> SweepAsync()
    {
        // Expired at or before now: the case grain hides a case from the instant it expires, so the sweep takes it too.
        var before = CaseIndexes.SortKey(clock.GetUtcNow().AddTicks(1));
        var total = 0;
        while (true)
        {
            var purged = await retention.PurgeAsync(
                new RetentionPurge(CaseIndexes.Retention, CaseIndexes.GrainType, CaseIndexes.StateName, before, BatchSize), CancellationToken.None);
            total += purged.Count;
            if (purged.Count < BatchSize)
            {
                break;
            }
        }

        if (total > 0)
        {
            LogPurged(logger, total);
        }

        // Real time, not the hub's clock: an abandoned upload is one that a process stopped writing an hour ago.
        await attachments.DeleteAbandonedAsync(realTime.GetUtcNow() - AbandonedUploadAge, CancellationToken.None);
        return total;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        metrics.ReminderTicked("case-retention", status.FirstTickTime, status.Period, status.CurrentTickTime);
        await SweepAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Count} cases deleted two years after their latest event")]
    private static partial void LogPurged(ILogger logger, int count);
}

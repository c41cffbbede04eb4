using IntegrationHub.Runtime;
using IntegrationHub.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Grains.Cases;

/// <summary>
/// CS7 as set-based work: an hourly durable reminder deletes, in batches of SQL over the retention index, every case
/// whose latest event is two years old (its state, reminders and index rows), then its attachment folder. Cases past
/// their date are already hidden by the case grain itself, so the hour between sweeps shows nothing deleted.
/// </summary>
[GrainType("case-retention")]
internal sealed partial class CaseRetentionGrain(IGrainStorage storage, CaseFileStore files, ILogger<CaseRetentionGrain> logger)
    : Grain, ICaseRetentionGrain, IRemindable
{
    private const string ReminderName = "sweep";
    private const int BatchSize = 1000;
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    private bool scheduled;

    public async Task EnsureScheduledAsync()
    {
        if (!scheduled)
        {
            await RegisterOrUpdateReminderAsync(ReminderName, TimeProvider.GetUtcNow() + Period, Period);
            scheduled = true;
        }
    }

    public async Task<int> SweepAsync()
    {
        // Expired at or before now: the case grain hides a case from the instant it expires, so the sweep takes it too.
        var before = CaseIndexes.SortKey(TimeProvider.GetUtcNow().AddTicks(1));
        var total = 0;
        while (true)
        {
            var purged = await storage.PurgeAsync(CaseIndexes.Retention, CaseIndexes.GrainType, before, BatchSize, CancellationToken.None);
            foreach (var grain in purged)
            {
                try
                {
                    files.DeleteCase(grain.Key);
                }
                catch (IOException exception)
                {
                    LogFilesNotDeleted(logger, grain.Key, exception);
                }
            }

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

        return total;
    }

    public async Task ReceiveReminderAsync(string reminderName, ReminderTick tick, CancellationToken cancellationToken)
    {
        scheduled = true;
        await SweepAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Count} cases deleted two years after their latest event")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention: the attachment folder of case {CaseId} could not be deleted")]
    private static partial void LogFilesNotDeleted(ILogger logger, string caseId, Exception exception);
}

using System.Globalization;
using IntegrationHub.Grains.Accounts;
using IntegrationHub.Grains.Journal;
using IntegrationHub.Grains.Proxies;
using IntegrationHub.Identity;
using IntegrationHub.Runtime;
using IntegrationHub.Runtime.Storage;

namespace IntegrationHub.Grains.Daily;

/// <summary>
/// Set-based daily work: the due rows come from SQL over the index tables in pages, so a million residents cost
/// indexed range scans, not a million activations; each row's work is idempotent in its own grain, so two silos or a
/// restart mid-run do nothing twice. The custody check of every active relationship is long (two registry calls per
/// relationship), so it runs one page per reminder firing with its cursor in the state: no single turn outlives a
/// call time-out, and a crash loses at most one page's progress.
/// </summary>
[GrainType("daily-work")]
internal sealed class DailyWorkGrain(
    [PersistentState("daily")] IPersistentState<DailyWorkState> state,
    IGrainStorage storage) : Grain, IDailyWorkGrain, IRemindable
{
    private const string MidnightReminder = "midnight";
    private const string CustodyReminder = "custody-page";
    private const int PageSize = 500;
    private const int Parallelism = 16;

    private DailyWorkState Work => state.State;

    public async Task EnsureScheduledAsync()
    {
        if (!Work.Scheduled)
        {
            await RegisterOrUpdateReminderAsync(MidnightReminder, NextMidnight(), period: null);
            Work.Scheduled = true;
            await state.WriteStateAsync();
        }
    }

    public async Task ReceiveReminderAsync(string reminderName, ReminderTick tick, CancellationToken cancellationToken)
    {
        if (reminderName == CustodyReminder)
        {
            await CheckCustodyPageAsync(cancellationToken);
            return;
        }

        await RunBirthdayStagesAsync();
        EmitEvent(JournalReconciliationDue.Topic, new JournalReconciliationDue(Today()), JournalReconciliationId(Today()));
        Work.CustodyPending = true;
        Work.CustodyAfterSortKey = null;
        Work.CustodyAfterEntryKey = null;
        await state.WriteStateAsync(cancellationToken);
        await RegisterOrUpdateReminderAsync(CustodyReminder, TimeProvider.GetUtcNow(), period: null, cancellationToken);

        // Midnight in Stockholm is 23 or 25 hours away across a DST change, so the next run is computed, not a period.
        await RegisterOrUpdateReminderAsync(MidnightReminder, NextMidnight(), period: null, cancellationToken);
    }

    public async Task<DailyWorkReport> RunAsync()
    {
        var stages = await RunBirthdayStagesAsync();
        var relationships = 0;
        var query = new IndexQuery(ProxyRelationshipGrain.ActiveIndex, "all", Limit: PageSize);
        while (true)
        {
            var page = await VerifyPageAsync(query);
            relationships += page.Count;
            if (page.Count < PageSize)
            {
                break;
            }

            query = query with { After = new IndexCursor(page[^1].SortKey, page[^1].EntryKey) };
        }

        return new DailyWorkReport(Work.LastRunDay ?? Today(), stages, relationships);
    }

    private async Task<int> RunBirthdayStagesAsync()
    {
        var today = Today();
        var due = new IndexQuery(BirthdayStages.Index, BirthdayStages.Partition, SortTo: today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Limit: PageSize);
        var count = 0;
        while (true)
        {
            var page = await storage.QueryIndexAsync(due, CancellationToken.None);
            await ForEachAsync(page, entry =>
            {
                var (personnummer, stage) = BirthdayStages.ParseEntryKey(entry.EntryKey);
                return GrainFactory.GetGrain<IResidentAccountGrain>(personnummer).RunBirthdayStageAsync(stage);
            });
            count += page.Count;
            if (page.Count < PageSize)
            {
                break;
            }

            due = due with { After = new IndexCursor(page[^1].SortKey, page[^1].EntryKey) };
        }

        Work.LastRunDay = today;
        await state.WriteStateAsync();
        return count;
    }

    private async Task CheckCustodyPageAsync(CancellationToken cancellationToken)
    {
        if (!Work.CustodyPending)
        {
            return;
        }

        var after = Work.CustodyAfterSortKey is null ? null : new IndexCursor(Work.CustodyAfterSortKey, Work.CustodyAfterEntryKey!);
        var page = await VerifyPageAsync(new IndexQuery(ProxyRelationshipGrain.ActiveIndex, "all", After: after, Limit: PageSize));
        Work.CustodyPending = page.Count == PageSize;
        Work.CustodyAfterSortKey = Work.CustodyPending ? page[^1].SortKey : null;
        Work.CustodyAfterEntryKey = Work.CustodyPending ? page[^1].EntryKey : null;
        await state.WriteStateAsync(cancellationToken);
        if (Work.CustodyPending)
        {
            await RegisterOrUpdateReminderAsync(CustodyReminder, TimeProvider.GetUtcNow(), period: null, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<IndexEntry>> VerifyPageAsync(IndexQuery query)
    {
        var page = await storage.QueryIndexAsync(query, CancellationToken.None);
        await ForEachAsync(page, entry => GrainFactory.GetGrain<IProxyRelationshipGrain>(entry.EntryKey).VerifyAsync());
        return page;
    }

    private static Task ForEachAsync(IReadOnlyList<IndexEntry> page, Func<IndexEntry, Task> work) =>
        Parallel.ForEachAsync(page, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (entry, _) => await work(entry));

    /// <summary>One reconciliation per day, whichever silo and however often midnight fires.</summary>
    private static Guid JournalReconciliationId(DateOnly day) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"journal-reconcile:{day:yyyy-MM-dd}")).AsSpan(0, 16));

    private DateOnly Today() => StockholmTime.DateOf(TimeProvider.GetUtcNow());

    private DateTimeOffset NextMidnight() => StockholmTime.StartOfDay(Today().AddDays(1));
}

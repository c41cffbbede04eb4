using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IntegrationHub.Grains.Accounts;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Daily;
using IntegrationHub.Grains.Contracts.Journal;
using IntegrationHub.Grains.Contracts.Proxies;
using IntegrationHub.Grains.Effects;
using IntegrationHub.Grains.Proxies;
using IntegrationHub.Grains.Telemetry;
using IntegrationHub.Identity;
using IntegrationHub.Store.Indexes;

namespace IntegrationHub.Grains.Daily;

/// <summary>
/// The hub's work at 00:00 Europe/Stockholm, one grain for the whole cluster. A reminder ticks every minute and starts
/// the day's work once the hub's clock is on a new Stockholm day (reminders run on real time; the date is the hub's, so
/// a simulated clock moves it too). The due rows come from SQL over the index tables in pages, so a million residents
/// cost indexed range scans, not a million activations; each row's work is idempotent in its own grain, so two silos
/// or a restart mid-run do nothing twice. The custody check of every active relationship is long (two registry calls
/// per relationship), so each tick works on it for a bounded slice with its cursor in the state: no turn outlives a
/// call time-out, and a crash loses at most one page's progress.
/// </summary>
[GrainType("daily-work")]
internal sealed class DailyWorkGrain(
    [PersistentState("daily", HubStorage.Name)] IPersistentState<DailyWorkState> state,
    HubGrainContext hub,
    IIndexStore index,
    SiloMetrics metrics) : HubGrain<DailyWorkState>(state, hub), IDailyWorkGrain, IRemindable
{
    private const string TickReminder = "tick";
    private const int PageSize = 500;
    private const int Parallelism = 16;
    private static readonly TimeSpan TickPeriod = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan CustodySlice = TimeSpan.FromSeconds(20);

    private DailyWorkState Work => State;

    public async Task EnsureScheduledAsync()
    {
        // Registering again only moves the next tick; every silo asks at start, one reminder results.
        if (await this.GetReminder(TickReminder) is null)
        {
            await this.RegisterOrUpdateReminder(TickReminder, TickPeriod, TickPeriod);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != TickReminder)
        {
            return;
        }

        metrics.ReminderTicked("daily-work", status.FirstTickTime, status.Period, status.CurrentTickTime);

        if (Work.LastRunDay is null || Today() > Work.LastRunDay)
        {
            await StartDayAsync();
        }

        await CheckCustodyAsync(CustodySlice);
    }

    public async Task<DailyWorkReport> RunAsync()
    {
        var stages = await StartDayAsync();
        var relationships = await CheckCustodyAsync(limit: null);
        return new DailyWorkReport(Work.LastRunDay ?? Today(), stages, relationships);
    }

    /// <summary>The birthday stages and lock reviews that fell due, the journal reconciliation, and a fresh custody round.</summary>
    private async Task<int> StartDayAsync()
    {
        var today = Today();
        var until = today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var stages = await ForEachRowAsync(
            new IndexQuery(BirthdayStages.Index, BirthdayStages.Partition, SortTo: until, Limit: PageSize),
            entry =>
            {
                var (account, stage) = BirthdayStages.ParseEntryKey(entry.EntryKey);
                return GrainFactory.GetGrain<IResidentAccountGrain>(account).RunBirthdayStageAsync(stage);
            });
        await ForEachRowAsync(
            new IndexQuery(LockReviews.Index, LockReviews.Partition, SortTo: until, Limit: PageSize),
            entry => GrainFactory.GetGrain<IResidentAccountGrain>(entry.EntryKey).ReviewLockAsync());
        EmitEvent(JournalReconciliationDue.Topic, new JournalReconciliationDue(today), JournalReconciliationId(today));
        Work.LastRunDay = today;
        Work.CustodyPending = true;
        Work.CustodyAfterSortKey = null;
        Work.CustodyAfterEntryKey = null;
        await CommitAsync();
        return stages;
    }

    /// <summary>Checks custody page by page from the stored cursor, for at most <paramref name="limit"/> (all when null).</summary>
    private async Task<int> CheckCustodyAsync(TimeSpan? limit)
    {
        var started = Stopwatch.StartNew();
        var checkedCount = 0;
        while (Work.CustodyPending && (limit is null || started.Elapsed < limit))
        {
            var after = Work.CustodyAfterSortKey is null ? null : new IndexCursor(Work.CustodyAfterSortKey, Work.CustodyAfterEntryKey!);
            var page = await index.QueryAsync(new IndexQuery(ProxyRelationshipGrain.ActiveIndex, "all", After: after, Limit: PageSize), CancellationToken.None);
            await ForEachAsync(page, entry => GrainFactory.GetGrain<IProxyRelationshipGrain>(entry.EntryKey).VerifyAsync());
            checkedCount += page.Count;
            Work.CustodyPending = page.Count == PageSize;
            Work.CustodyAfterSortKey = Work.CustodyPending ? page[^1].SortKey : null;
            Work.CustodyAfterEntryKey = Work.CustodyPending ? page[^1].EntryKey : null;
            await CommitAsync();
        }

        return checkedCount;
    }

    private async Task<int> ForEachRowAsync(IndexQuery query, Func<IndexEntry, Task> work)
    {
        var count = 0;
        while (true)
        {
            var page = await index.QueryAsync(query, CancellationToken.None);
            await ForEachAsync(page, work);
            count += page.Count;
            if (page.Count < query.Limit)
            {
                return count;
            }

            query = query with { After = new IndexCursor(page[^1].SortKey, page[^1].EntryKey) };
        }
    }

    private static Task ForEachAsync(IReadOnlyList<IndexEntry> page, Func<IndexEntry, Task> work) =>
        Parallel.ForEachAsync(page, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, TaskScheduler = TaskScheduler.Current }, async (entry, _) => await work(entry));

    /// <summary>One reconciliation per day, whichever silo and however often the day's work starts.</summary>
    private static Guid JournalReconciliationId(DateOnly day) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"journal-reconcile:{day:yyyy-MM-dd}")).AsSpan(0, 16));

    private DateOnly Today() => StockholmTime.DateOf(Clock.GetUtcNow());
}

using System.Globalization;
using IntegrationHub.Grains.Accounts;
using IntegrationHub.Grains.Proxies;
using IntegrationHub.Identity;
using IntegrationHub.Runtime;
using IntegrationHub.Runtime.Storage;

namespace IntegrationHub.Grains.Daily;

/// <summary>
/// Set-based daily work: the due rows come from SQL over the index tables in pages, so a million residents cost one
/// indexed range scan, not a million activations; each row's work is idempotent in its own grain, so two silos or a
/// restart mid-run do nothing twice.
/// </summary>
[GrainType("daily-work")]
internal sealed class DailyWorkGrain(
    [PersistentState("daily")] IPersistentState<DailyWorkState> state,
    IGrainStorage storage) : Grain, IDailyWorkGrain, IRemindable
{
    private const string ReminderName = "midnight";
    private const int PageSize = 500;
    private const int Parallelism = 64;

    public async Task EnsureScheduledAsync()
    {
        if (!state.State.Scheduled)
        {
            await RegisterOrUpdateReminderAsync(ReminderName, NextMidnight(), period: null);
            state.State.Scheduled = true;
            await state.WriteStateAsync();
        }
    }

    public async Task ReceiveReminderAsync(string reminderName, ReminderTick tick, CancellationToken cancellationToken)
    {
        await RunAsync();

        // Midnight in Stockholm is 23 or 25 hours away across a DST change, so the next run is computed, not a period.
        await RegisterOrUpdateReminderAsync(ReminderName, NextMidnight(), period: null, cancellationToken);
    }

    public async Task<DailyWorkReport> RunAsync()
    {
        var today = StockholmTime.DateOf(TimeProvider.GetUtcNow());
        var stages = await ForEachEntryAsync(
            new IndexQuery(BirthdayStages.Index, BirthdayStages.Partition, SortTo: today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Limit: PageSize),
            entry =>
            {
                var (personnummer, stage) = BirthdayStages.ParseEntryKey(entry.EntryKey);
                return GrainFactory.GetGrain<IResidentAccountGrain>(personnummer).RunBirthdayStageAsync(stage);
            });
        var relationships = await ForEachEntryAsync(
            new IndexQuery(ProxyRelationshipGrain.ActiveIndex, "all", Limit: PageSize),
            entry => GrainFactory.GetGrain<IProxyRelationshipGrain>(entry.EntryKey).VerifyAsync());
        state.State.LastRunDay = today;
        await state.WriteStateAsync();
        return new DailyWorkReport(today, stages, relationships);
    }

    private static async Task<int> ForEachEntryAsync(IndexQuery first, Func<IndexEntry, Task> work, IGrainStorage storage)
    {
        var count = 0;
        var query = first;
        while (true)
        {
            var page = await storage.QueryIndexAsync(query, CancellationToken.None);
            await Parallel.ForEachAsync(page, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (entry, _) => await work(entry));
            count += page.Count;
            if (page.Count < query.Limit)
            {
                return count;
            }

            query = query with { After = new IndexCursor(page[^1].SortKey, page[^1].EntryKey) };
        }
    }

    private Task<int> ForEachEntryAsync(IndexQuery first, Func<IndexEntry, Task> work) => ForEachEntryAsync(first, work, storage);

    private DateTimeOffset NextMidnight() => StockholmTime.StartOfDay(StockholmTime.DateOf(TimeProvider.GetUtcNow()).AddDays(1));
}

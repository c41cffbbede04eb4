using IntegrationHub.Runtime.Storage;

namespace IntegrationHub.Runtime.Tests.Storage;

/// <summary>
/// The contract every store passes (memory, SQLite, PostgreSQL), in the spirit of Orleans' shared persistence suite.
/// </summary>
public abstract class GrainStorageTestSuite<TStore> : IAsyncLifetime
    where TStore : class, IGrainStorage, IOutboxStore, IReminderTable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    protected TStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Read_NothingWritten_ReturnsNoStateAtVersionZero()
    {
        var stored = await Store.ReadAsync(NewGrain(), "state", default);

        Assert.Null(stored.Json);
        Assert.Equal(0, stored.Version);
    }

    [Fact]
    public async Task Write_ThenRead_ReturnsStateAndNewVersion()
    {
        var grain = NewGrain();

        var version = await Store.CommitAsync(Commit(new StateWrite(grain, "state", """{"value":1}""", 0)), default);
        var stored = await Store.ReadAsync(grain, "state", default);

        Assert.Equal(1, version);
        Assert.Equal(1, stored.Version);
        Assert.Contains("\"value\"", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_DuplicateWithStaleVersion_FailsWithInconsistentStateException()
    {
        var grain = NewGrain();
        await Store.CommitAsync(Commit(new StateWrite(grain, "state", """{"value":1}""", 0)), default);
        await Store.CommitAsync(Commit(new StateWrite(grain, "state", """{"value":2}""", 1)), default);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Store.CommitAsync(Commit(new StateWrite(grain, "state", """{"value":3}""", 1)), default));
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Store.CommitAsync(Commit(new StateWrite(grain, "state", """{"value":3}""", 0)), default));
        var stored = await Store.ReadAsync(grain, "state", default);
        Assert.Equal(2, stored.Version);
        Assert.Contains("2", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clear_ThenWrite_KeepsVersionMovingSoStaleWritersFail()
    {
        var grain = NewGrain();
        await Store.CommitAsync(Commit(new StateWrite(grain, "state", """{"value":1}""", 0)), default);

        var cleared = await Store.CommitAsync(Commit(new StateWrite(grain, "state", null, 1)), default);
        var afterClear = await Store.ReadAsync(grain, "state", default);

        Assert.Equal(2, cleared);
        Assert.Null(afterClear.Json);
        Assert.Equal(2, afterClear.Version);
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Store.CommitAsync(Commit(new StateWrite(grain, "state", """{"value":9}""", 1)), default));
        await Assert.ThrowsAsync<InconsistentStateException>(
            () => Store.CommitAsync(Commit(new StateWrite(grain, "state", """{"value":9}""", 0)), default));
        Assert.Equal(3, await Store.CommitAsync(Commit(new StateWrite(grain, "state", """{"value":4}""", 2)), default));
    }

    [Fact]
    public async Task Write_ManyConcurrentWritersOfOneVersion_ExactlyOneWins()
    {
        var grain = NewGrain();
        await Store.CommitAsync(Commit(new StateWrite(grain, "state", """{"value":0}""", 0)), default);

        var attempts = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            try
            {
                await Store.CommitAsync(Commit(new StateWrite(grain, "state", $$"""{"value":{{i}}}""", 1)), default);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, won => won);
        Assert.Equal(2, (await Store.ReadAsync(grain, "state", default)).Version);
    }

    [Fact]
    public async Task Commit_StateEventsAndIndexRows_AreAllOrNothing()
    {
        var grain = NewGrain();
        var first = Event("first");
        await Store.CommitAsync(
            new GrainCommit(new StateWrite(grain, "state", "{}", 0), [first], [Row(grain, "kept", "2026")], []),
            default);

        var failed = new GrainCommit(new StateWrite(grain, "state", "{}", 0), [Event("lost")], [Row(grain, "lost", "2026")], [new IndexRemoval("suite", "kept")]);
        await Assert.ThrowsAsync<InconsistentStateException>(() => Store.CommitAsync(failed, default));

        var claimed = await Store.ClaimAsync("worker", Now.AddMinutes(1), TimeSpan.FromMinutes(1), 100, default);
        Assert.Equal([first.Id], claimed.Select(c => c.Message.Id));
        var rows = await Store.QueryIndexAsync(new IndexQuery("suite"), default);
        Assert.Equal(["kept"], rows.Select(r => r.EntryKey));
    }

    [Fact]
    public async Task Commit_EventsWithoutState_AreStoredAndVersionIsZero()
    {
        var message = Event("alone");

        var version = await Store.CommitAsync(new GrainCommit(null, [message], [], []), default);

        Assert.Equal(0, version);
        Assert.Equal(1, await Store.CountUndeliveredAsync(default));
    }

    [Fact]
    public async Task Outbox_ClaimedByOneWorker_IsNotClaimedByAnotherUntilLeaseEnds()
    {
        var message = Event("leased");
        await Store.CommitAsync(new GrainCommit(null, [message], [], []), default);

        var first = await Store.ClaimAsync("a", Now, TimeSpan.FromMinutes(1), 10, default);
        var second = await Store.ClaimAsync("b", Now.AddSeconds(30), TimeSpan.FromMinutes(1), 10, default);
        var afterLease = await Store.ClaimAsync("b", Now.AddMinutes(2), TimeSpan.FromMinutes(1), 10, default);

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Single(afterLease);
    }

    [Fact]
    public async Task Outbox_CompletedMessage_IsNeverClaimedAgain()
    {
        var message = Event("done");
        await Store.CommitAsync(new GrainCommit(null, [message], [], []), default);
        await Store.ClaimAsync("a", Now, TimeSpan.FromMinutes(1), 10, default);

        await Store.CompleteAsync(message.Id, "a", Now, default);

        Assert.Empty(await Store.ClaimAsync("b", Now.AddHours(1), TimeSpan.FromMinutes(1), 10, default));
        Assert.Equal(0, await Store.CountUndeliveredAsync(default));
    }

    [Fact]
    public async Task Outbox_ReleasedMessage_WaitsUntilRetryAndCountsAttempt()
    {
        var message = Event("retry");
        await Store.CommitAsync(new GrainCommit(null, [message], [], []), default);
        await Store.ClaimAsync("a", Now, TimeSpan.FromMinutes(1), 10, default);

        await Store.ReleaseAsync(message.Id, "a", Now.AddMinutes(5), "boom", default);

        Assert.Empty(await Store.ClaimAsync("b", Now.AddMinutes(4), TimeSpan.FromMinutes(1), 10, default));
        var retried = Assert.Single(await Store.ClaimAsync("b", Now.AddMinutes(5), TimeSpan.FromMinutes(1), 10, default));
        Assert.Equal(1, retried.Attempts);
    }

    [Fact]
    public async Task Outbox_ConcurrentClaimers_NeverShareAMessage()
    {
        var messages = Enumerable.Range(0, 200).Select(i => Event($"m{i}")).ToList();
        await Store.CommitAsync(new GrainCommit(null, messages, [], []), default);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            var mine = new List<Guid>();
            while (true)
            {
                var batch = await Store.ClaimAsync($"w{i}", Now, TimeSpan.FromMinutes(5), 7, default);
                if (batch.Count == 0)
                {
                    return mine;
                }

                mine.AddRange(batch.Select(b => b.Message.Id));
            }
        })));

        var all = claims.SelectMany(c => c).ToList();
        Assert.Equal(200, all.Count);
        Assert.Equal(200, all.Distinct().Count());
    }

    [Fact]
    public async Task Index_QueryByPartitionRangeAndKeyset_PagesInOrdinalOrder()
    {
        var grain = NewGrain();
        var rows = Enumerable.Range(0, 10)
            .Select(i => new IndexEntry("inbox", $"case-{i:D2}", i % 2 == 0 ? "clinic-a" : "clinic-b", $"2026-11-{10 + i:D2}", grain, $$"""{"n":{{i}}}"""))
            .ToList();
        await Store.CommitAsync(new GrainCommit(null, [], rows, []), default);

        var firstPage = await Store.QueryIndexAsync(new IndexQuery("inbox", Partition: "clinic-a", Limit: 3), default);
        var secondPage = await Store.QueryIndexAsync(
            new IndexQuery("inbox", Partition: "clinic-a", Limit: 3, After: new IndexCursor(firstPage[^1].SortKey, firstPage[^1].EntryKey)), default);
        var ranged = await Store.QueryIndexAsync(new IndexQuery("inbox", SortFrom: "2026-11-12", SortTo: "2026-11-15"), default);
        var newestFirst = await Store.QueryIndexAsync(new IndexQuery("inbox", Partition: "clinic-b", Limit: 2, Descending: true), default);

        Assert.Equal(["case-00", "case-02", "case-04"], firstPage.Select(r => r.EntryKey));
        Assert.Equal(["case-06", "case-08"], secondPage.Select(r => r.EntryKey));
        Assert.Equal(["case-02", "case-03", "case-04"], ranged.Select(r => r.EntryKey));
        Assert.Equal(["case-09", "case-07"], newestFirst.Select(r => r.EntryKey));
        Assert.Contains("\"n\"", firstPage[0].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_UpsertAndRemove_ReplaceAndDeleteRows()
    {
        var grain = NewGrain();
        await Store.CommitAsync(new GrainCommit(null, [], [Row(grain, "e1", "a")], []), default);

        await Store.CommitAsync(new GrainCommit(null, [], [Row(grain, "e1", "b")], []), default);
        var replaced = await Store.QueryIndexAsync(new IndexQuery("suite"), default);
        await Store.CommitAsync(new GrainCommit(null, [], [], [new IndexRemoval("suite", "e1")]), default);

        Assert.Equal("b", Assert.Single(replaced).SortKey);
        Assert.Empty(await Store.QueryIndexAsync(new IndexQuery("suite"), default));
    }

    [Fact]
    public async Task Purge_OldGrains_RemovesTheirStatesRowsAndRemindersButKeepsYoungOnes()
    {
        var old = NewGrain("case");
        var young = NewGrain("case");
        foreach (var (grain, at) in new[] { (old, "2024-11-01"), (young, "2026-11-01") })
        {
            await Store.CommitAsync(
                new GrainCommit(new StateWrite(grain, "state", "{}", 0), [], [
                    new IndexEntry("retention", grain.Key, "", at, grain, null),
                    new IndexEntry("inbox", grain.Key, "clinic", at, grain, null),
                ], []),
                default);
            await Store.UpsertAsync(grain, "r", Now, null, default);
        }

        var purged = await Store.PurgeAsync("retention", "case", "2024-11-21", 100, default);

        Assert.Equal([old], purged);
        Assert.Null((await Store.ReadAsync(old, "state", default)).Json);
        Assert.NotNull((await Store.ReadAsync(young, "state", default)).Json);
        Assert.Equal([young.Key], (await Store.QueryIndexAsync(new IndexQuery("inbox"), default)).Select(r => r.EntryKey));
        Assert.Empty(await Store.ReadAsync(old, default));
        Assert.Single(await Store.ReadAsync(young, default));
    }

    [Fact]
    public async Task Reminders_DueOnes_AreClaimedOnceAndMovedToNextPeriod()
    {
        var grain = NewGrain();
        await Store.UpsertAsync(grain, "daily", Now, TimeSpan.FromDays(1), default);
        await Store.UpsertAsync(grain, "later", Now.AddDays(3), null, default);

        var due = Assert.Single(await Store.ClaimDueAsync("a", Now, TimeSpan.FromMinutes(1), 10, default));
        Assert.Empty(await Store.ClaimDueAsync("b", Now, TimeSpan.FromMinutes(1), 10, default));
        await Store.CompleteAsync(due, "a", Now.AddDays(1), default);

        Assert.Empty(await Store.ClaimDueAsync("b", Now.AddHours(23), TimeSpan.FromMinutes(1), 10, default));
        var next = Assert.Single(await Store.ClaimDueAsync("b", Now.AddDays(1), TimeSpan.FromMinutes(1), 10, default));
        Assert.Equal("daily", next.Name);
        Assert.Equal(Now.AddDays(1), next.DueAt);
    }

    [Fact]
    public async Task Reminders_RegisteredAgainWhileFiring_KeepTheNewRegistration()
    {
        var grain = NewGrain();
        await Store.UpsertAsync(grain, "once", Now, null, default);
        var fired = Assert.Single(await Store.ClaimDueAsync("a", Now, TimeSpan.FromMinutes(1), 10, default));

        await Store.UpsertAsync(grain, "once", Now.AddDays(7), null, default);
        await Store.CompleteAsync(fired, "a", null, default);

        var kept = Assert.Single(await Store.ReadAsync(grain, default));
        Assert.Equal(Now.AddDays(7), kept.DueAt);
    }

    [Fact]
    public async Task Reminders_Removed_AreNeverClaimed()
    {
        var grain = NewGrain();
        await Store.UpsertAsync(grain, "gone", Now, null, default);

        await Store.RemoveAsync(grain, "gone", default);

        Assert.Empty(await Store.ClaimDueAsync("a", Now.AddDays(1), TimeSpan.FromMinutes(1), 10, default));
    }

    protected abstract Task<TStore> CreateStoreAsync();

    private static GrainId NewGrain(string type = "suite") => new(type, Guid.NewGuid().ToString("N"));

    private static GrainCommit Commit(StateWrite write) => new(write, [], [], []);

    private static OutboxMessage Event(string text) =>
        new(Guid.NewGuid(), "suite", $$"""{"text":"{{text}}"}""", Now, Now);

    private static IndexEntry Row(GrainId grain, string entry, string sort) => new("suite", entry, "p", sort, grain, null);
}

using IntegrationHub.Store;
using IntegrationHub.Store.Indexes;

namespace IntegrationHub.Silo.Tests.Store;

/// <summary>
/// Audit rows from many callers committed as one transaction (issue 12): each caller's call returns only once its rows
/// are stored, and one caller's failed rows fail no other caller.
/// </summary>
public sealed class IndexRowGroupCommitTests(SqliteIndexStore store) : IClassFixture<SqliteIndexStore>
{
    private const string Index = "audit";

    [Fact]
    [Trait("Rule", "ST2")]
    public async Task WriteAsync_ManyCallersAtOnce_EachRowIsStoredWhenItsCallReturns()
    {
        var commit = new IndexRowGroupCommit(store.Index);
        var partitions = Enumerable.Range(0, 200).Select(i => $"many-{Guid.NewGuid():N}-{i}").ToList();

        var stored = await Task.WhenAll(partitions.Select(async partition =>
        {
            await commit.WriteAsync([Row(partition, "1")]);
            return await store.Index.QueryAsync(new IndexQuery(Index, partition), CancellationToken.None);
        }));

        Assert.All(stored, rows => Assert.Equal("1", Assert.Single(rows).SortKey));
    }

    [Fact]
    public async Task WriteAsync_CallersArrivingDuringACommit_GoTogetherInTheNextTransaction()
    {
        var held = new HeldIndexStore(store.Index);
        var commit = new IndexRowGroupCommit(held);
        var first = commit.WriteAsync([Row($"first-{Guid.NewGuid():N}", "1")]);
        await held.FirstWriteArrived;
        var partitions = Enumerable.Range(0, 10).Select(i => $"next-{Guid.NewGuid():N}-{i}").ToList();

        var next = partitions.Select(p => commit.WriteAsync([Row(p, "1"), Row(p, "2")])).ToList();
        held.Release();
        await first;
        await Task.WhenAll(next);

        Assert.Equal([1, 20], held.WriteSizes.ToArray());
        foreach (var partition in partitions)
        {
            Assert.Equal(2, (await store.Index.QueryAsync(new IndexQuery(Index, partition), CancellationToken.None)).Count);
        }
    }

    [Fact]
    [Trait("Rule", "ST2")]
    public async Task WriteAsync_OneCallersRowsRefused_OnlyThatCallerFailsAndTheOthersAreStored()
    {
        var held = new HeldIndexStore(store.Index);
        var commit = new IndexRowGroupCommit(held);
        var first = commit.WriteAsync([Row($"first-{Guid.NewGuid():N}", "1")]);
        await held.FirstWriteArrived;
        var partitions = Enumerable.Range(0, 5).Select(i => $"fine-{Guid.NewGuid():N}-{i}").ToList();

        var fine = partitions.Select(p => commit.WriteAsync([Row(p, "1")])).ToList();
        var refused = commit.WriteAsync([Row(HeldIndexStore.Poison, "1")]);
        held.Release();
        await first;

        await Assert.ThrowsAsync<InvalidOperationException>(() => refused);
        await Task.WhenAll(fine);
        foreach (var partition in partitions)
        {
            Assert.Single(await store.Index.QueryAsync(new IndexQuery(Index, partition), CancellationToken.None));
        }

        Assert.Empty(await store.Index.QueryAsync(new IndexQuery(Index, HeldIndexStore.Poison), CancellationToken.None));
    }

    private static IndexEntry Row(string partition, string entryKey) =>
        new(Index, $"{partition}/{entryKey}", partition, entryKey, new GrainRef("resident-account", partition), """{"outcome":"success"}""");
}

using IntegrationHub.Grains.Contracts.Calls;

namespace IntegrationHub.Silo.Tests.Commits;

/// <summary>
/// A commit whose write fails must not leave the grain answering from state the store does not hold: the call fails,
/// and the next call answers from what the store has. The chaos run lost two acknowledged writes before this held.
/// </summary>
public sealed class CommitFailureTests(FaultyStorageCluster cluster) : IClassFixture<FaultyStorageCluster>
{
    [Fact]
    public async Task AddAsync_WriteRefused_NextCallAnswersFromTheStore()
    {
        var tally = cluster.Cluster.Client.GetGrain<ITallyProbeGrain>("refused");
        Assert.Equal(1, await tally.AddAsync());

        cluster.Faults.FailNextWrite(StorageFault.BeforeWrite);
        var failure = await Assert.ThrowsAsync<OrleansException>(tally.AddAsync);
        Assert.IsType<StorageFaultException>(failure.InnerException);

        Assert.Equal(1, await tally.CountAsync());
        Assert.Equal(2, await tally.AddAsync());
    }

    [Fact]
    public async Task AddAsync_WriteLandedButFailed_NextCallSeesTheWriteAndCanWriteAgain()
    {
        var tally = cluster.Cluster.Client.GetGrain<ITallyProbeGrain>("landed");
        Assert.Equal(1, await tally.AddAsync());

        cluster.Faults.FailNextWrite(StorageFault.AfterWrite);
        var failure = await Assert.ThrowsAsync<OrleansException>(tally.AddAsync);
        Assert.IsType<StorageFaultException>(failure.InnerException);

        Assert.Equal(2, await tally.CountAsync());
        Assert.Equal(3, await tally.AddAsync());
        Assert.Equal(3, await tally.CountAsync());
    }

    [Fact]
    public async Task AddAsync_StoreDown_FailsAsStoreUnavailableAndLaterSucceeds()
    {
        var tally = cluster.Cluster.Client.GetGrain<ITallyProbeGrain>("store-down");
        Assert.Equal(1, await tally.AddAsync());

        cluster.Faults.FailNextWrite(StorageFault.StoreDown);
        await Assert.ThrowsAsync<StoreUnavailableException>(tally.AddAsync);

        Assert.Equal(2, await tally.AddAsync());
    }
}

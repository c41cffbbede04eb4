using IntegrationHub.Identity.Tokens;

namespace IntegrationHub.Identity.Tests.Tokens;

public sealed class InMemoryAssertionReplayLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly ManualTimeProvider _clock = new(Now);

    [Fact]
    public async Task TryUseAsync_SameIdTwice_IsRefusedTheSecondTime()
    {
        var ledger = new InMemoryAssertionReplayLedger(_clock);

        Assert.True(await ledger.TryUseAsync("idp", "a", Now.AddMinutes(5), CancellationToken.None));
        Assert.False(await ledger.TryUseAsync("idp", "a", Now.AddMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task TryUseAsync_SameIdOfAnotherIssuer_IsAccepted()
    {
        var ledger = new InMemoryAssertionReplayLedger(_clock);

        Assert.True(await ledger.TryUseAsync("region-01", "a", Now.AddMinutes(5), CancellationToken.None));
        Assert.True(await ledger.TryUseAsync("region-02", "a", Now.AddMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task TryUseAsync_AfterTheFirstExpired_IsAcceptedAgain()
    {
        var ledger = new InMemoryAssertionReplayLedger(_clock);
        await ledger.TryUseAsync("idp", "a", Now.AddMinutes(5), CancellationToken.None);

        _clock.Now = Now.AddMinutes(5);
        Assert.False(await ledger.TryUseAsync("idp", "a", Now.AddMinutes(10), CancellationToken.None));
        _clock.Now = Now.AddMinutes(5).AddSeconds(1);
        Assert.True(await ledger.TryUseAsync("idp", "a", Now.AddMinutes(10), CancellationToken.None));
    }

    [Fact]
    public async Task TryUseAsync_ManyConcurrentUsesOfOneId_AcceptsExactlyOne()
    {
        var ledger = new InMemoryAssertionReplayLedger(_clock);

        var uses = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
            await ledger.TryUseAsync("idp", "contested", Now.AddMinutes(5), CancellationToken.None))));

        Assert.Single(uses, accepted => accepted);
    }

    [Fact]
    public async Task TryUseAsync_ManyExpiredIds_AreSweptAndStillRefusedWhileValid()
    {
        var ledger = new InMemoryAssertionReplayLedger(_clock);
        Assert.True(await ledger.TryUseAsync("idp", "kept", Now.AddHours(1), CancellationToken.None));
        for (var i = 0; i < 3000; i++)
        {
            Assert.True(await ledger.TryUseAsync("idp", $"old-{i}", Now.AddSeconds(1), CancellationToken.None));
        }

        _clock.Now = Now.AddMinutes(1);
        for (var i = 0; i < 2048; i++)
        {
            await ledger.TryUseAsync("idp", $"new-{i}", Now.AddHours(1), CancellationToken.None);
        }

        Assert.False(await ledger.TryUseAsync("idp", "kept", Now.AddHours(1), CancellationToken.None));
    }
}

using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>LK1: whoever locks is told that a lock is not a seal, and for a child that guardians keep journal access.</summary>
public sealed class LockWarningTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "LK1")]
    [Trait("Rule", "LK12")]
    public async Task Execute_ChildUnder13_WarningSaysGuardiansKeepJournalAccess()
    {
        using var desk = new LockDesk(fixture);
        var guardian = await desk.ResidentAsync(age: 38);
        var child = await desk.ResidentAsync(age: 8, guardians: [guardian]);

        var executed = await desk.RegionLockAsync(child, "child-integrity");

        Assert.False(executed.GetProperty("journalSealed").GetBoolean());
        Assert.Contains("guardian", executed.GetProperty("warning").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Rule", "LK1")]
    public async Task Execute_ChildOf13_WarningLeavesGuardiansOut()
    {
        using var desk = new LockDesk(fixture);
        var child = await desk.ResidentAsync(age: 13);

        var executed = await desk.RegionLockAsync(child, "child-integrity");

        var warning = executed.GetProperty("warning").GetString();
        Assert.False(string.IsNullOrWhiteSpace(warning));
        Assert.DoesNotContain("guardian", warning, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Rule", "LK1")]
    [Trait("Rule", "JR1")]
    public async Task Execute_JournalSealedByJournalSystem_ReportsJournalSealed()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync(age: 30);
        await desk.SealJournalAsync(resident);

        var executed = await desk.RegionLockAsync(resident, "need-to-hide");

        Assert.True(executed.GetProperty("journalSealed").GetBoolean());
    }
}

using System.Net;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>
/// Lifting a lock (LK9, LK10): a region's lock is decided by the region the resident is registered in now, the resident's
/// own by the national support; the central support executes; it takes effect at once and leaves the seal alone (JR3).
/// </summary>
public sealed class UnlockTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "LK9")]
    public async Task Decide_UnlockByLockingRegionAfterResidentMoved_Returns403WrongRegion()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync(region: LockDesk.HomeRegion);
        await desk.RegionLockAsync(resident);
        await desk.MoveAsync(resident, LockDesk.OtherRegion);
        var oldRegionPhysician = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);

        var id = await oldRegionPhysician.FiledUnlockAsync(resident);
        await oldRegionPhysician.DecisionRefusedAsync(StaffBrowser.Unlocks, id, "wrong_region");
    }

    [Fact]
    [Trait("Rule", "LK9")]
    [Trait("Rule", "LK10")]
    public async Task Execute_UnlockDecidedByNewHomeRegion_ResidentLogsInAtOnce()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync(region: LockDesk.HomeRegion);
        await desk.RegionLockAsync(resident);
        await desk.MoveAsync(resident, LockDesk.OtherRegion);

        await desk.RegionUnlockAsync(resident, LockDesk.OtherRegion);

        await desk.ResidentSessionAsync(resident);
        var view = await LockDesk.LookUpAsync(await desk.StaffAsync(LockDesk.OtherRegion), resident);
        Assert.False(view.GetProperty("locked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("lockOrigin").ValueKind);
    }

    [Fact]
    [Trait("Rule", "LK9")]
    public async Task Decide_UnlockOfRegionLockByRegionalChiefPhysician_Approves()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        await desk.RegionLockAsync(resident);
        var chief = await desk.StaffAsync(LockDesk.HomeRegion, Roles.RegionalChiefPhysician);

        var id = await chief.FiledUnlockAsync(resident);

        await chief.DecidedAsync(StaffBrowser.Unlocks, id);
    }

    [Theory]
    [Trait("Rule", "LK9")]
    [InlineData(Roles.NationalSupport)]
    [InlineData(Roles.CentralSupport)]
    public async Task Decide_UnlockOfRegionLockBySupport_Returns403NotAuthorisedToDecide(string role)
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        await desk.RegionLockAsync(resident);
        var support = await desk.StaffAsync(LockDesk.HomeRegion, role);

        var id = await support.FiledUnlockAsync(resident);
        await support.DecisionRefusedAsync(StaffBrowser.Unlocks, id, "not_authorised_to_decide");
    }

    [Fact]
    [Trait("Rule", "LK9")]
    public async Task Execute_UnlockByPhysician_Returns403NotAuthorisedToExecute()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        await desk.RegionLockAsync(resident);
        var physician = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);

        var id = await physician.FiledUnlockAsync(resident);
        await physician.DecidedAsync(StaffBrowser.Unlocks, id);
        await physician.ExecutionRefusedAsync(StaffBrowser.Unlocks, id, HttpStatusCode.Forbidden, "not_authorised_to_execute");
        await desk.AssertLoginRefusedAsync(resident);
    }

    [Fact]
    [Trait("Rule", "LK9")]
    [Trait("Rule", "LK10")]
    public async Task Execute_UnlockOfResidentsOwnLockByNationalSupport_ResidentLogsInAgain()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var nationalSupport = await desk.StaffAsync(LockDesk.OtherRegion, Roles.NationalSupport);
        await desk.ResidentsOwnLockAsync(resident, nationalSupport);

        var id = await nationalSupport.FiledUnlockAsync(resident);
        await nationalSupport.DecidedAsync(StaffBrowser.Unlocks, id);
        await nationalSupport.ExecutedAsync(StaffBrowser.Unlocks, id);

        await desk.ResidentSessionAsync(resident);
        Assert.Empty(await desk.JournalNotesAsync(resident));
    }

    [Fact]
    [Trait("Rule", "LK9")]
    [Trait("Rule", "LK8")]
    public async Task Decide_UnlockByNationalSupportAfterResidentsOwnLockOverRegionLock_Returns403NotAuthorisedToDecide()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        await desk.RegionLockAsync(resident);
        var nationalSupport = await desk.StaffAsync(LockDesk.HomeRegion, Roles.NationalSupport);
        await desk.ResidentsOwnLockAsync(resident, nationalSupport);

        var id = await nationalSupport.FiledUnlockAsync(resident);
        await nationalSupport.DecisionRefusedAsync(StaffBrowser.Unlocks, id, "not_authorised_to_decide");
        Assert.Equal("region", (await LockDesk.LookUpAsync(nationalSupport, resident)).GetProperty("lockOrigin").GetString());
    }

    [Fact]
    [Trait("Rule", "LK5")]
    [Trait("Rule", "LK9")]
    public async Task Execute_RegionUnlock_WritesASecondLoginNote()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        await desk.RegionLockAsync(resident);

        await desk.RegionUnlockAsync(resident);

        var notes = await desk.JournalNotesAsync(resident);
        Assert.Equal(2, notes.Count);
        Assert.All(notes, n => Assert.Equal("Inloggning till 1177", n.GetProperty("title").GetString()));
    }

    [Fact]
    [Trait("Rule", "LK9")]
    public async Task Request_UnlockOfUnlockedAccount_Returns409NotLocked()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var physician = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);

        using var response = await physician.RequestUnlockAsync(resident);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Conflict, "not_locked");
    }

    [Fact]
    [Trait("Rule", "JR3")]
    [Trait("Rule", "LK10")]
    public async Task Execute_UnlockOfLockMadeWithSeal_JournalStaysSealed()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync(age: 30);
        await desk.SealJournalAsync(resident);
        Assert.True((await desk.RegionLockAsync(resident)).GetProperty("journalSealed").GetBoolean());

        await desk.RegionUnlockAsync(resident);

        var session = await desk.ResidentSessionAsync(resident);
        using var journal = await session.GetAsync("/hop/journal/x");
        await ProblemAssert.HasCodeAsync(journal, HttpStatusCode.Forbidden, "journal_sealed");
    }
}

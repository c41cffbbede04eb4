using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>A lock asked for by staff, decided in the resident's home region, executed by the central support, and what it does.</summary>
public sealed class StaffLockTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "LK2")]
    [Trait("Rule", "LK4")]
    [Trait("Rule", "LK1")]
    public async Task Execute_StaffRequestApprovedByHomeRegionPhysician_LocksWithUnsealedWarning()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var nurse = await desk.StaffAsync(LockDesk.OtherRegion);
        var physician = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);
        var support = await desk.StaffAsync(LockDesk.OtherRegion, Roles.CentralSupport);

        var id = await nurse.FiledLockAsync(resident, "violence");
        using var decision = await physician.DecideAsync(StaffBrowser.Locks, id);
        Assert.Equal(HttpStatusCode.NoContent, decision.StatusCode);
        var executed = await support.ExecutedAsync(StaffBrowser.Locks, id);

        Assert.False(executed.GetProperty("journalSealed").GetBoolean());
        var warning = executed.GetProperty("warning").GetString();
        Assert.False(string.IsNullOrWhiteSpace(warning));
        Assert.DoesNotContain("guardian", warning, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Rule", "LK4")]
    public async Task Decide_UnitHeadOfHomeRegion_ApprovesAndCentralSupportLocks()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var requester = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);
        var unitHead = await desk.StaffAsync(LockDesk.HomeRegion, Roles.UnitHead);
        var support = await desk.StaffAsync(LockDesk.HomeRegion, Roles.CentralSupport);

        var id = await requester.FiledLockAsync(resident, "misuse-threats");
        await unitHead.DecidedAsync(StaffBrowser.Locks, id);
        await support.ExecutedAsync(StaffBrowser.Locks, id);

        Assert.True((await LockDesk.LookUpAsync(support, resident)).GetProperty("locked").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "LK1")]
    [Trait("Rule", "ID4")]
    public async Task Login_AfterRegionLock_Returns403LoginRefused()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        await desk.ResidentSessionAsync(resident);

        await desk.RegionLockAsync(resident);

        await desk.AssertLoginRefusedAsync(resident);
    }

    [Fact]
    [Trait("Rule", "LK1")]
    public async Task ApiMe_SessionOpenWhenLocked_Returns401()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var session = await desk.ResidentSessionAsync(resident);
        using (var before = await session.GetAsync("/api/me"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await desk.RegionLockAsync(resident);

        using var after = await session.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    [Trait("Rule", "LK8")]
    public async Task LookUp_AfterRegionLock_ShowsLockedByRegion()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        await desk.RegionLockAsync(resident);
        var clinician = await desk.StaffAsync(LockDesk.OtherRegion);

        var view = await LockDesk.LookUpAsync(clinician, resident);

        Assert.True(view.GetProperty("locked").GetBoolean());
        Assert.Equal("region", view.GetProperty("lockOrigin").GetString());
    }

    [Fact]
    [Trait("Rule", "LK5")]
    public async Task Execute_RegionLock_WritesOneLoginNoteToTheJournal()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();

        await desk.RegionLockAsync(resident);

        var note = Assert.Single(await desk.JournalNotesAsync(resident));
        Assert.Equal("Inloggning till 1177", note.GetProperty("title").GetString());
    }

    [Fact]
    [Trait("Rule", "LK7")]
    public async Task Execute_RegionLock_SendsNoNotificationToTheResident()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        await desk.ResidentWithContactsAsync(resident);

        await desk.RegionLockAsync(resident);

        var (mobile, email) = LockDesk.ContactsOf(resident);
        var notifications = await desk.Sim.GetJsonAsync("/sim/notifications");
        Assert.DoesNotContain(notifications.EnumerateArray(), n => n.GetProperty("to").GetString() is var to && (to == mobile || to == email));
    }
}

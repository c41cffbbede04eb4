using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>The resident's own lock by form (LK2a): the national support of any region decides and executes it.</summary>
public sealed class ResidentOriginLockTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "LK2")]
    [Trait("Rule", "LK8")]
    public async Task Execute_ResidentsOwnLockByNationalSupportOfAnotherRegion_LocksWithOriginResident()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync(region: LockDesk.HomeRegion);
        var nationalSupport = await desk.StaffAsync(LockDesk.OtherRegion, Roles.NationalSupport);

        var executed = await desk.ResidentsOwnLockAsync(resident, nationalSupport);

        Assert.False(executed.GetProperty("journalSealed").GetBoolean());
        var view = await LockDesk.LookUpAsync(nationalSupport, resident);
        Assert.True(view.GetProperty("locked").GetBoolean());
        Assert.Equal("resident", view.GetProperty("lockOrigin").GetString());
        await desk.AssertLoginRefusedAsync(resident);
    }

    [Fact]
    [Trait("Rule", "LK5")]
    public async Task Execute_ResidentsOwnLock_WritesNoJournalNote()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();

        await desk.ResidentsOwnLockAsync(resident);

        Assert.Empty(await desk.JournalNotesAsync(resident));
    }

    [Theory]
    [Trait("Rule", "LK2")]
    [InlineData(Roles.Physician)]
    [InlineData(Roles.UnitHead)]
    [InlineData(Roles.CentralSupport)]
    public async Task Decide_ResidentsOwnLockByOtherThanNationalSupport_Returns403NotAuthorisedToDecide(string role)
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var nationalSupport = await desk.StaffAsync(LockDesk.HomeRegion, Roles.NationalSupport);
        var decider = await desk.StaffAsync(LockDesk.HomeRegion, role);

        var id = await nationalSupport.FiledLockAsync(resident, "eid-compromised", origin: "resident");
        await decider.DecisionRefusedAsync(StaffBrowser.Locks, id, "not_authorised_to_decide");
    }
}

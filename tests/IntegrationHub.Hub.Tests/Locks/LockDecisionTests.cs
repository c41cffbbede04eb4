using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>Who decides a lock: the home region (LK3), by the roles LK4 names for each origin and for an emergency.</summary>
public sealed class LockDecisionTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "LK3")]
    public async Task Decide_PhysicianOfAnotherRegion_Returns403WrongRegion()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync(region: LockDesk.HomeRegion);
        var requester = await desk.StaffAsync(LockDesk.OtherRegion, Roles.Physician);

        var id = await requester.FiledLockAsync(resident);
        await requester.DecisionRefusedAsync(StaffBrowser.Locks, id, "wrong_region");
    }

    [Theory]
    [Trait("Rule", "LK4")]
    [InlineData(null)]
    [InlineData(Roles.CentralSupport)]
    [InlineData(Roles.NationalSupport)]
    [InlineData(Roles.OnCall)]
    [InlineData(Roles.Mla)]
    public async Task Decide_StaffRequestByRoleThatDoesNotDecide_Returns403NotAuthorisedToDecide(string? role)
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var requester = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);
        var staff = await desk.StaffAsync(LockDesk.HomeRegion, role is null ? [] : [role]);

        var id = await requester.FiledLockAsync(resident);
        await staff.DecisionRefusedAsync(StaffBrowser.Locks, id, "not_authorised_to_decide");
    }

    [Fact]
    [Trait("Rule", "LK2")]
    [Trait("Rule", "LK4")]
    public async Task Decide_AuthorityRequestByUnitHeadWithoutPhysicianRole_Returns403NotAuthorisedToDecide()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var requester = await desk.StaffAsync(LockDesk.HomeRegion);
        var unitHead = await desk.StaffAsync(LockDesk.HomeRegion, Roles.UnitHead);

        var id = await requester.FiledLockAsync(resident, "legal-investigation", origin: "authority", authority: "Polismyndigheten");
        await unitHead.DecisionRefusedAsync(StaffBrowser.Locks, id, "not_authorised_to_decide");
    }

    [Fact]
    [Trait("Rule", "LK2")]
    [Trait("Rule", "LK4")]
    public async Task Decide_AuthorityRequestByPatientResponsiblePhysician_ApprovesAndLocks()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var requester = await desk.StaffAsync(LockDesk.HomeRegion);
        var physician = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);
        var support = await desk.StaffAsync(LockDesk.HomeRegion, Roles.CentralSupport);

        var id = await requester.FiledLockAsync(resident, "legal-investigation", origin: "authority", authority: "Polismyndigheten");
        await physician.DecidedAsync(StaffBrowser.Locks, id);
        await support.ExecutedAsync(StaffBrowser.Locks, id);

        Assert.Equal("region", (await LockDesk.LookUpAsync(support, resident)).GetProperty("lockOrigin").GetString());
    }

    [Theory]
    [Trait("Rule", "LK4")]
    [InlineData(Roles.OnCall)]
    [InlineData(Roles.Mla)]
    [InlineData(Roles.UnitHead)]
    public async Task Decide_EmergencyByEmergencyDecider_Approves(string role)
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var requester = await desk.StaffAsync(LockDesk.HomeRegion);
        var decider = await desk.StaffAsync(LockDesk.HomeRegion, role);

        var id = await requester.FiledLockAsync(resident, "coerced-login", emergency: true);

        await decider.DecidedAsync(StaffBrowser.Locks, id);
    }

    [Fact]
    [Trait("Rule", "LK4")]
    public async Task Execute_EmergencyDecidedByOnCallDoctor_OnCallDoctorLocksAtOnce()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var requester = await desk.StaffAsync(LockDesk.HomeRegion);
        var onCall = await desk.StaffAsync(LockDesk.HomeRegion, Roles.OnCall);

        var id = await requester.FiledLockAsync(resident, "coerced-login", emergency: true);
        await onCall.DecidedAsync(StaffBrowser.Locks, id);
        var executed = await onCall.ExecutedAsync(StaffBrowser.Locks, id);

        Assert.False(string.IsNullOrWhiteSpace(executed.GetProperty("warning").GetString()));
        await desk.AssertLoginRefusedAsync(resident);
    }

    [Fact]
    [Trait("Rule", "LK3")]
    public async Task Decide_EmergencyByOnCallDoctorOfAnotherRegion_Returns403WrongRegion()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var onCall = await desk.StaffAsync(LockDesk.OtherRegion, Roles.OnCall);

        var id = await onCall.FiledLockAsync(resident, "coerced-login", emergency: true);
        await onCall.DecisionRefusedAsync(StaffBrowser.Locks, id, "wrong_region");
    }
}

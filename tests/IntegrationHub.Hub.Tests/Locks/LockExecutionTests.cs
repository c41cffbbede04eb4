using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>Who executes a lock and when (LK4): the central support, and only a lock that was approved.</summary>
public sealed class LockExecutionTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Theory]
    [Trait("Rule", "LK4")]
    [InlineData(Roles.Physician)]
    [InlineData(Roles.UnitHead)]
    [InlineData(Roles.NationalSupport)]
    [InlineData(Roles.OnCall)]
    public async Task Execute_ApprovedStaffLockByOtherThanCentralSupport_Returns403NotAuthorisedToExecute(string role)
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var physician = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);
        var executor = await desk.StaffAsync(LockDesk.HomeRegion, role);

        var id = await physician.FiledLockAsync(resident);
        await physician.DecidedAsync(StaffBrowser.Locks, id);
        await executor.ExecutionRefusedAsync(StaffBrowser.Locks, id, HttpStatusCode.Forbidden, "not_authorised_to_execute");
        await desk.ResidentSessionAsync(resident);
    }

    [Fact]
    [Trait("Rule", "LK4")]
    public async Task Execute_BeforeDecision_Returns409RequestNotApproved()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var requester = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);
        var support = await desk.StaffAsync(LockDesk.HomeRegion, Roles.CentralSupport);

        var id = await requester.FiledLockAsync(resident);
        await support.ExecutionRefusedAsync(StaffBrowser.Locks, id, HttpStatusCode.Conflict, "request_not_approved");
        await desk.ResidentSessionAsync(resident);
    }

    [Fact]
    [Trait("Rule", "LK4")]
    public async Task Execute_RejectedRequest_Returns409AndLeavesTheAccountOpen()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var requester = await desk.StaffAsync(LockDesk.HomeRegion);
        var physician = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);
        var support = await desk.StaffAsync(LockDesk.HomeRegion, Roles.CentralSupport);

        var id = await requester.FiledLockAsync(resident);
        await physician.DecidedAsync(StaffBrowser.Locks, id, approve: false);
        await support.ExecutionRefusedAsync(StaffBrowser.Locks, id, HttpStatusCode.Conflict, "request_not_approved");
        Assert.False((await LockDesk.LookUpAsync(support, resident)).GetProperty("locked").GetBoolean());
        await desk.ResidentSessionAsync(resident);
    }

    [Fact]
    [Trait("Rule", "LK4")]
    public async Task Execute_UnknownRequestId_Returns404()
    {
        using var desk = new LockDesk(fixture);
        var support = await desk.StaffAsync(LockDesk.HomeRegion, Roles.CentralSupport);

        using var response = await support.ExecuteAsync(StaffBrowser.Locks, Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

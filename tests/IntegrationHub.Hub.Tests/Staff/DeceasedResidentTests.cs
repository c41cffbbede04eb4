using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;

namespace IntegrationHub.Hub.Tests.Staff;

/// <summary>A resident the population registry records as deceased (DC1): inactive for login, shown so to staff.</summary>
public sealed class DeceasedResidentTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "DC1")]
    [Trait("Rule", "ST1")]
    public async Task LookUp_ResidentRecordedDeceased_ShowsDeceased()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync(deceased: true);
        var staff = await desk.StaffAsync(LockDesk.HomeRegion);

        var view = await LockDesk.LookUpAsync(staff, resident);

        Assert.True(view.GetProperty("deceased").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "DC1")]
    [Trait("Rule", "ID3")]
    public async Task Login_ResidentRecordedDeceased_Returns403LoginRefused()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync(deceased: true);

        await desk.AssertLoginRefusedAsync(resident);
    }

    [Fact]
    [Trait("Rule", "DC1")]
    public async Task ApiMe_ResidentDiesDuringSession_Returns401AndStaffSeeDeceased()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var session = await desk.ResidentSessionAsync(resident);
        await desk.Sim.PutPersonAsync(resident, LockDesk.HomeRegion, deceased: true, givenName: "Rut", familyName: "Spärr");
        var staff = await desk.StaffAsync(LockDesk.HomeRegion);

        Assert.True((await LockDesk.LookUpAsync(staff, resident)).GetProperty("deceased").GetBoolean());
        using var me = await session.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        await desk.AssertLoginRefusedAsync(resident);
    }
}

using System.Net;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>The confidential lock register (LK5): every lock and unlock with who asked, decided and executed, and when.</summary>
public sealed class LockRegisterTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "LK5")]
    public async Task GetRegister_CentralSupportAfterLockAndUnlock_ListsBothWithWhoAndWhen()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var requester = await desk.StaffAsync(LockDesk.OtherRegion);
        var physician = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);
        var support = await desk.StaffAsync(LockDesk.HomeRegion, Roles.CentralSupport);
        var lockId = await requester.FiledLockAsync(resident, "breakout-planning");
        await desk.AdvanceClockAsync(TimeSpan.FromMinutes(5));
        await physician.DecidedAsync(StaffBrowser.Locks, lockId);
        await desk.AdvanceClockAsync(TimeSpan.FromMinutes(5));
        await support.ExecutedAsync(StaffBrowser.Locks, lockId);
        await desk.AdvanceClockAsync(TimeSpan.FromMinutes(5));
        var unlockId = await physician.FiledUnlockAsync(resident);
        await desk.AdvanceClockAsync(TimeSpan.FromMinutes(5));
        await physician.DecidedAsync(StaffBrowser.Unlocks, unlockId);
        await desk.AdvanceClockAsync(TimeSpan.FromMinutes(5));
        await support.ExecutedAsync(StaffBrowser.Unlocks, unlockId);

        var register = (await support.Browser.GetJsonAsync($"/staff/lock-register?personnummer={resident}")).EnumerateArray().ToList();

        Assert.Equal(2, register.Count);
        var locked = Assert.Single(register, e => e.GetProperty("action").GetString() == "lock");
        Assert.Equal("staff", locked.GetProperty("origin").GetString());
        Assert.Equal("breakout-planning", locked.GetProperty("reason").GetString());
        Assert.Equal(LockDesk.HomeRegion, locked.GetProperty("region").GetString());
        AssertPeopleAndTimes(locked, requester, physician, support);
        Assert.True(Time(locked, "requestedAt") < Time(locked, "decidedAt") && Time(locked, "decidedAt") < Time(locked, "executedAt"), "the times of each step");
        var unlocked = Assert.Single(register, e => e.GetProperty("action").GetString() == "unlock");
        Assert.Equal("staff", unlocked.GetProperty("origin").GetString());
        Assert.Equal(LockDesk.HomeRegion, unlocked.GetProperty("region").GetString());
        AssertPeopleAndTimes(unlocked, physician, physician, support);
        Assert.True(Time(locked, "executedAt") < Time(unlocked, "requestedAt"));
    }

    [Fact]
    [Trait("Rule", "LK5")]
    public async Task GetRegister_NationalSupportAfterResidentsOwnLock_ListsOriginResident()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var nationalSupport = await desk.StaffAsync(LockDesk.OtherRegion, Roles.NationalSupport);
        await desk.ResidentsOwnLockAsync(resident, nationalSupport);

        var register = await nationalSupport.Browser.GetJsonAsync($"/staff/lock-register?personnummer={resident}");

        var entry = Assert.Single(register.EnumerateArray());
        Assert.Equal("resident", entry.GetProperty("origin").GetString());
        Assert.Equal("coerced-login", entry.GetProperty("reason").GetString());
        AssertPeopleAndTimes(entry, nationalSupport, nationalSupport, nationalSupport);
    }

    [Theory]
    [Trait("Rule", "LK5")]
    [InlineData(Roles.Physician)]
    [InlineData(Roles.UnitHead)]
    public async Task GetRegister_ClinicalStaff_Returns403(string role)
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        await desk.RegionLockAsync(resident);
        var clinician = await desk.StaffAsync(LockDesk.HomeRegion, role);

        using var response = await clinician.Browser.GetAsync($"/staff/lock-register?personnummer={resident}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static void AssertPeopleAndTimes(JsonElement entry, StaffBrowser requester, StaffBrowser decider, StaffBrowser executor)
    {
        Assert.Equal(requester.HsaId, entry.GetProperty("requestedBy").GetString());
        Assert.Equal(decider.HsaId, entry.GetProperty("decidedBy").GetString());
        Assert.Equal(executor.HsaId, entry.GetProperty("executedBy").GetString());
        Assert.True(Time(entry, "requestedAt") <= Time(entry, "decidedAt") && Time(entry, "decidedAt") <= Time(entry, "executedAt"), "requested, decided, executed in order");
    }

    private static DateTimeOffset Time(JsonElement entry, string name) => entry.GetProperty(name).GetDateTimeOffset();
}

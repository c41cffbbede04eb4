using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>LK6: a lock made together with a journal seal is put up for review on the register once a year.</summary>
public sealed class LockReviewTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "LK6")]
    public async Task Register_LockWithSealedJournalAfterAYear_ShowsReviewDue_LockWithoutSealDoesNot()
    {
        using var desk = new LockDesk(fixture);
        var sealedResident = await desk.ResidentAsync();
        var openResident = await desk.ResidentAsync();
        await desk.SealJournalAsync(sealedResident);
        await desk.RegionLockAsync(sealedResident);
        await desk.RegionLockAsync(openResident);

        await desk.AdvanceClockAsync(TimeSpan.FromDays(366));

        var support = await desk.StaffAsync(LockDesk.HomeRegion, Roles.CentralSupport);
        var reviewed = (await support.Browser.GetJsonAsync($"/staff/lock-register?personnummer={sealedResident}")).EnumerateArray().ToList();
        var review = Assert.Single(reviewed, e => e.GetProperty("action").GetString() == "review-due");
        Assert.Equal("violence", review.GetProperty("reason").GetString());
        var open = (await support.Browser.GetJsonAsync($"/staff/lock-register?personnummer={openResident}")).EnumerateArray().ToList();
        Assert.DoesNotContain(open, e => e.GetProperty("action").GetString() == "review-due");
    }
}

using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>The reasons a lock may have (LK11): the listed codes, "other" with a note, and nothing else.</summary>
public sealed class LockReasonTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Theory]
    [Trait("Rule", "LK11")]
    [InlineData("excessive-use")]
    [InlineData("uses-the-e-services-a-lot")]
    [InlineData("Violence")]
    [InlineData("")]
    public Task Request_ReasonNotListed_Returns400ReasonNotAccepted(string reason) => AssertRefusedAsync(reason, note: null);

    [Theory]
    [Trait("Rule", "LK11")]
    [InlineData(null)]
    [InlineData("   ")]
    public Task Request_OtherWithoutNote_Returns400ReasonNotAccepted(string? note) => AssertRefusedAsync("other", note);

    [Theory]
    [Trait("Rule", "LK11")]
    [InlineData("violence")]
    [InlineData("legal-investigation")]
    [InlineData("need-to-hide")]
    [InlineData("child-integrity")]
    [InlineData("eid-compromised")]
    [InlineData("coerced-login")]
    [InlineData("breakout-planning")]
    [InlineData("misuse-threats")]
    [InlineData("misuse-booking")]
    [InlineData("other")]
    public async Task Request_ListedReason_Returns201Requested(string reason)
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var staff = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);

        var id = await staff.FiledLockAsync(resident, reason, note: reason == "other" ? "Hot från anhörig som känner till inloggningen." : null);

        Assert.False(string.IsNullOrEmpty(id));
    }

    private async Task AssertRefusedAsync(string reason, string? note)
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var staff = await desk.StaffAsync(LockDesk.HomeRegion, Roles.Physician);

        using var response = await staff.RequestLockAsync(resident, reason, note: note);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "reason_not_accepted");
    }
}

using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;

namespace IntegrationHub.Hub.Tests.Staff;

/// <summary>The staff endpoints are for staff sessions only (ID6): a resident's session is refused, no session is 401.</summary>
public sealed class StaffAccessTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "ID6")]
    [Trait("Rule", "ST1")]
    public Task LookUp_ResidentSession_Returns403() =>
        AssertRefusedAsync(loggedIn: true, HttpStatusCode.Forbidden, (browser, resident) => browser.GetAsync($"/staff/residents?personnummer={resident}"));

    [Fact]
    [Trait("Rule", "ID6")]
    [Trait("Rule", "LK2")]
    public Task RequestLock_ResidentSession_Returns403AndLocksNothing() =>
        AssertRefusedAsync(loggedIn: true, HttpStatusCode.Forbidden, RequestOwnLockAsync);

    [Fact]
    [Trait("Rule", "ID6")]
    [Trait("Rule", "LK2")]
    public Task RequestLock_NoSession_Returns401() =>
        AssertRefusedAsync(loggedIn: false, HttpStatusCode.Unauthorized, RequestOwnLockAsync);

    [Theory]
    [Trait("Rule", "ID6")]
    [Trait("Rule", "LK5")]
    [InlineData("/staff/residents")]
    [InlineData("/staff/lock-register")]
    public Task Get_NoSession_Returns401(string path) =>
        AssertRefusedAsync(loggedIn: false, HttpStatusCode.Unauthorized, (browser, resident) => browser.GetAsync($"{path}?personnummer={resident}"));

    private static Task<HttpResponseMessage> RequestOwnLockAsync(HubClient browser, string resident) =>
        browser.PostAsync(StaffBrowser.Locks, new { personnummer = resident, origin = "resident", reason = "violence" });

    /// <summary>The call, from a resident's browser with or without a session, is refused, and the resident still logs in.</summary>
    private async Task AssertRefusedAsync(bool loggedIn, HttpStatusCode status, Func<HubClient, string, Task<HttpResponseMessage>> call)
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var browser = loggedIn ? await desk.ResidentSessionAsync(resident) : desk.Browser();

        using var response = await call(browser, resident);

        Assert.Equal(status, response.StatusCode);
        await desk.ResidentSessionAsync(resident);
    }
}

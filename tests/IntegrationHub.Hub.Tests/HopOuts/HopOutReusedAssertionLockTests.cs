using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;

namespace IntegrationHub.Hub.Tests.HopOuts;

/// <summary>
/// HO2, LK1: the gateway reuses a signed hop-out assertion within a session, but the session and the account's rules are
/// still asked on every request, so a lock stops the very next hop-out while a reusable assertion is kept.
/// </summary>
public sealed class HopOutReusedAssertionLockTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "HO2")]
    [Trait("Rule", "LK1")]
    public async Task HopOut_AfterLockWhileAnAssertionIsReused_IsRefusedWith401()
    {
        using var desk = new LockDesk(fixture);
        var resident = await desk.ResidentAsync();
        var session = await desk.ResidentSessionAsync(resident);
        var first = await AssertionAsync(session);
        Assert.Equal(first, await AssertionAsync(session));

        await desk.RegionLockAsync(resident);

        using var after = await session.HopAsync("samples");
        await ProblemAssert.HasCodeAsync(after, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    private static async Task<string> AssertionAsync(HubClient client)
    {
        using var response = await client.HopAsync("samples");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await HubClientExtensions.EchoedHeadersAsync(response))["X-Hub-Assertion"];
    }
}

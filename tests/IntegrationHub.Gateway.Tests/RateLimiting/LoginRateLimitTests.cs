using System.Net;
using IntegrationHub.Gateway.Tests.HopOuts;
using IntegrationHub.Gateway.Tests.Hosting;

namespace IntegrationHub.Gateway.Tests.RateLimiting;

public sealed class LoginRateLimitTests
{
    [Fact]
    [Trait("Rule", "SEC3")]
    public async Task Login_BeyondPermitsFromOneAddress_Returns429WithRetryAfter()
    {
        await using var fixture = await GatewayFixture.StartAsync(loginPermits: 2);
        var login = new Uri(GatewayFixture.LoginPath, UriKind.Relative);

        using var first = await fixture.Client.PostAsync(login, null);
        using var second = await fixture.Client.PostAsync(login, null);
        using var third = await fixture.Client.PostAsync(login, null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await HopOutRefusalTests.AssertProblemAsync(third, HttpStatusCode.TooManyRequests, "too_many_requests");
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Login_OtherEndpoint_IsNotLimited()
    {
        await using var fixture = await GatewayFixture.StartAsync(loginPermits: 1);

        for (var i = 0; i < 3; i++)
        {
            using var response = await fixture.Client.GetAsync(new Uri("/hop/journal/x", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}

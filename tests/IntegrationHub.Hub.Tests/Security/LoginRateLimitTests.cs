using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Security;

/// <summary>The login rate limit per client address: beyond the permits of a window, 429 <c>too_many_requests</c>.</summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.ThreeLoginsAnHourFixture fixture) : IClassFixture<LoginRateLimitTests.ThreeLoginsAnHourFixture>
{
    [Fact]
    [Trait("Rule", "ID1")]
    public async Task Login_BeyondThePermitLimit_IsRefusedAsTooManyRequests()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture);

        for (var i = 0; i < ThreeLoginsAnHourFixture.PermitLimit; i++)
        {
            using var allowed = await client.PostAssertionAsync("garbage");
            Assert.Equal(HttpStatusCode.Forbidden, allowed.StatusCode);
        }

        using var resident = await client.LoginResidentAsync(personnummer);
        using var staff = await client.PostAssertionAsync("garbage", HubClientExtensions.StaffLogin);

        await ProblemAssert.HasCodeAsync(resident, HttpStatusCode.TooManyRequests, "too_many_requests");
        Assert.True(resident.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {resident.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.TooManyRequests, staff.StatusCode);
        await client.AssertUnauthenticatedAsync();
    }

    /// <summary>A hub that lets one address start three logins an hour, so that the fourth is refused whatever the speed.</summary>
    public sealed class ThreeLoginsAnHourFixture : HubFixture
    {
        public const int PermitLimit = 3;

        protected override IEnumerable<string> ExtraArguments =>
            [$"--Hub:Gateway:LoginRateLimit:PermitLimit={PermitLimit}", "--Hub:Gateway:LoginRateLimit:Window=01:00:00"];
    }
}

using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Login;

/// <summary>ID5: a session ends after 60 idle minutes (each request starts the 60 again) or at logout.</summary>
public sealed class SessionLifetimeTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "ID5")]
    public async Task Session_IdleFiftyNineMinutesThenSixty_SlidesThenEnds()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);

        await client.AdvanceClockAsync(fixture, TimeSpan.FromMinutes(59));
        await client.AssertOkAsync();

        await client.AdvanceClockAsync(fixture, TimeSpan.FromMinutes(59));
        await client.AssertOkAsync();

        await client.AdvanceClockAsync(fixture, TimeSpan.FromMinutes(60));
        await client.AssertUnauthenticatedAsync();
    }

    [Fact]
    [Trait("Rule", "ID5")]
    public async Task Session_IdleSixtyMinutes_EndsForHopOutsToo()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);

        await client.AdvanceClockAsync(fixture, TimeSpan.FromMinutes(60));

        using var hop = await client.HopAsync("samples");
        await ProblemAssert.HasCodeAsync(hop, HttpStatusCode.Unauthorized, "unauthenticated");
        await client.AssertUnauthenticatedAsync();
    }

    [Fact]
    [Trait("Rule", "ID5")]
    [Trait("Rule", "ID6")]
    public async Task Session_StaffIdleSixtyMinutes_Ends()
    {
        using var client = fixture.NewClient();
        var hsaId = TestPeople.HsaId();
        await client.PutStaffAsync(hsaId, "01", ["central-support"]);
        await client.LoggedInStaffAsync(hsaId);
        var resident = await client.NewResidentAsync(fixture);
        await client.AssertOkAsync($"/staff/residents?personnummer={resident}");

        await client.AdvanceClockAsync(fixture, TimeSpan.FromMinutes(60));

        await client.AssertUnauthenticatedAsync($"/staff/residents?personnummer={resident}");
    }

    [Fact]
    [Trait("Rule", "ID5")]
    public async Task Logout_LiveSession_Answers204AndTheOldCookieGets401()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);
        var token = client.SessionToken(fixture);
        Assert.NotNull(token);

        using (var logout = await client.PostRawAsync("/auth/logout", content: null))
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        }

        await client.AssertUnauthenticatedAsync();
        client.RestoreSessionToken(fixture, token);
        await client.AssertUnauthenticatedAsync();
        using var hop = await client.HopAsync("samples");
        Assert.Equal(HttpStatusCode.Unauthorized, hop.StatusCode);
    }

    [Fact]
    [Trait("Rule", "ID5")]
    public async Task Logout_WithoutSession_Answers204()
    {
        using var client = fixture.NewClient();

        using var logout = await client.PostRawAsync("/auth/logout", content: null);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
    }
}

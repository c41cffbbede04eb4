using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Security;

/// <summary>SEC2: nothing the hub answers about a person may be kept by the browser: <c>Cache-Control: no-store</c>.</summary>
public sealed class CacheControlTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "SEC2")]
    public async Task ApiMe_AndSettings_AnswerNoStore()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);

        using var me = await client.GetAsync("/api/me");
        using var settings = await client.PutAsync("/api/me/settings", new { email = "a@example.se" });

        AssertNoStore(me, HttpStatusCode.OK);
        AssertNoStore(settings, HttpStatusCode.NoContent);
    }

    [Fact]
    [Trait("Rule", "SEC2")]
    public async Task Login_SuccessAndEveryRefusal_AnswerNoStore()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture);

        using var ok = await client.LoginResidentAsync(personnummer);
        using var invalidNumber = await client.LoginResidentAsync("199006022398");
        using var unknown = await client.LoginResidentAsync(TestPeople.AgedAt(41, fixture.Clock.GetUtcNow()));
        using var garbage = await client.PostAssertionAsync("garbage");
        using var logout = await client.PostRawAsync("/auth/logout", content: null);

        AssertNoStore(ok, HttpStatusCode.OK);
        AssertNoStore(invalidNumber, HttpStatusCode.BadRequest);
        AssertNoStore(unknown, HttpStatusCode.Forbidden);
        AssertNoStore(garbage, HttpStatusCode.Forbidden);
        AssertNoStore(logout, HttpStatusCode.NoContent);
    }

    [Fact]
    [Trait("Rule", "SEC2")]
    public async Task Refusals_WithoutSessionAndOfHopOuts_AnswerNoStore()
    {
        using var anonymous = fixture.NewClient();
        using var child = fixture.NewClient();
        await child.LoggedInNewResidentAsync(fixture, years: 14);

        using var noSession = await anonymous.GetAsync("/api/me");
        using var ageLimit = await child.HopAsync("journal");
        using var unknown = await child.HopAsync("nothing-here");

        AssertNoStore(noSession, HttpStatusCode.Unauthorized);
        AssertNoStore(ageLimit, HttpStatusCode.Forbidden);
        AssertNoStore(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    [Trait("Rule", "SEC2")]
    public async Task HopOut_ForwardedAnswer_IsNoStore()
    {
        using var adult = fixture.NewClient();
        await adult.LoggedInNewResidentAsync(fixture);

        using var forwarded = await adult.HopAsync("samples", "results");

        AssertNoStore(forwarded, HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Rule", "SEC2")]
    public async Task Login_SessionCookie_IsTheOnlyCookieAndHasNoLifetime()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture);

        using var response = await client.LoginResidentAsync(personnummer);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("hub_session=", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("expires", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("max-age", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertNoStore(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{(int)status} {response.RequestMessage?.RequestUri}: Cache-Control {response.Headers.CacheControl}");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Login;

public sealed class ResidentLoginTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "ID1")]
    [Trait("Rule", "SEC2")]
    public async Task Login_RegisteredResident_SetsStrictHttpOnlySessionCookieAndAnswersAsApiMe()
    {
        using var client = fixture.NewClient();
        var personnummer = TestPeople.AgedAt(40, fixture.Clock.GetUtcNow());
        await client.PutPersonAsync(personnummer, givenName: "Alva", familyName: "Ek");

        using var response = await client.LoginResidentAsync(personnummer);

        var body = await ProblemAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal("Alva Ek", body.GetProperty("name").GetString());
        Assert.Equal(40, body.GetProperty("age").GetInt32());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("max-age", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());

        var me = await client.GetJsonAsync("/api/me");
        Assert.Equal("Alva Ek", me.GetProperty("name").GetString());
        Assert.True(me.GetProperty("capabilities").GetProperty("journal").GetBoolean());
    }
}

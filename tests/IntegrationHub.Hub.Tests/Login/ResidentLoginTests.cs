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

    [Theory]
    [Trait("Rule", "ID2")]
    [InlineData("bankid")]
    [InlineData("freja-eid-plus")]
    public async Task Login_AcceptedEIdentification_Succeeds(string method)
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture);

        using var response = await client.LoginResidentAsync(personnummer, method);

        await ProblemAssert.JsonAsync(response, HttpStatusCode.OK);
        await client.AssertOkAsync();
    }

    [Theory]
    [Trait("Rule", "ID2")]
    [InlineData("freja-eid")]
    [InlineData("telia")]
    [InlineData("siths")]
    [InlineData("")]
    public async Task Login_OtherEIdentification_IsRefusedAsEidNotAccepted(string method)
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture);

        using var response = await client.LoginResidentAsync(personnummer, method);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "eid_not_accepted");
        await client.AssertUnauthenticatedAsync();
    }

    [Fact]
    [Trait("Rule", "ID2")]
    public async Task Login_FourteenYearOld_LogsInWithOwnEIdentification()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture, years: 14);

        using var response = await client.LoginResidentAsync(personnummer);

        var body = await ProblemAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(14, body.GetProperty("age").GetInt32());
        var capabilities = await client.CapabilitiesAsync();
        Assert.False(capabilities.GetProperty("journal").GetBoolean());
        Assert.False(capabilities.GetProperty("medications").GetBoolean());
        Assert.True(capabilities.GetProperty("proxy").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "ID3")]
    public async Task Login_UnknownInRegistry_IsRefusedAsLoginRefused()
    {
        using var client = fixture.NewClient();
        var personnummer = TestPeople.AgedAt(40, fixture.Clock.GetUtcNow());

        using var response = await client.LoginResidentAsync(personnummer);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "login_refused");
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    [Trait("Rule", "ID3")]
    [Trait("Rule", "DC1")]
    public async Task Login_DeceasedInRegistry_IsRefusedAsLoginRefused()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture, deceased: true);

        using var response = await client.LoginResidentAsync(personnummer);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "login_refused");
    }

    [Fact]
    [Trait("Rule", "ID3")]
    [Trait("Rule", "DC1")]
    public async Task Login_AfterRegistryRecordsDeath_IsRefusedAndEndsTheLiveSession()
    {
        using var alive = fixture.NewClient();
        var personnummer = await alive.LoggedInNewResidentAsync(fixture);
        await alive.PutPersonAsync(personnummer, deceased: true);

        using var again = fixture.NewClient();
        using var response = await again.LoginResidentAsync(personnummer);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "login_refused");
        await alive.AssertUnauthenticatedAsync();
    }

    [Fact]
    [Trait("Rule", "ID3")]
    public async Task Login_RegistryUnavailable_IsRefusedAsRegistryUnavailable()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture);
        await client.SetRegistryAvailableAsync(false);
        try
        {
            using var response = await client.LoginResidentAsync(personnummer);

            await ProblemAssert.HasCodeAsync(response, HttpStatusCode.ServiceUnavailable, "registry_unavailable");
        }
        finally
        {
            await client.SetRegistryAvailableAsync(true);
        }

        await client.LoggedInResidentAsync(personnummer);
    }

    [Theory]
    [Trait("Rule", "ID7")]
    [InlineData("skyddadFolkbokforing")]
    [InlineData("sekretessmarkering")]
    public async Task Login_ProtectedPersonalData_LogsInAndUsesApiMe(string protection)
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture, protection: protection);

        await client.LoggedInResidentAsync(personnummer);

        var me = await client.GetJsonAsync("/api/me");
        Assert.Equal(40, me.GetProperty("age").GetInt32());
        Assert.True(me.GetProperty("capabilities").GetProperty("journal").GetBoolean());
        using var journal = await client.HopAsync("journal");
        Assert.Equal(HttpStatusCode.OK, journal.StatusCode);
    }
}

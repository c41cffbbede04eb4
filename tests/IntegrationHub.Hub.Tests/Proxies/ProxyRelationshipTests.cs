using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Proxies;

public sealed class ProxyRelationshipTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "PX1")]
    [Trait("Rule", "PX2")]
    public async Task AddProxy_ChildWhoNeverLoggedIn_IsActiveAndListedOnTheGuardiansStartPage()
    {
        var family = await ProxyFamily.CreateAsync(fixture);

        using var added = await family.AddChildAsync();

        var body = await ProblemAssert.JsonAsync(added, HttpStatusCode.Created);
        Assert.Equal("active", body.GetProperty("status").GetString());
        var me = await family.Guardian.GetJsonAsync("/api/me");
        var proxy = Assert.Single(me.GetProperty("proxies").EnumerateArray());
        Assert.Equal(family.Child, proxy.GetProperty("personnummer").GetString());
        Assert.Equal("Kim Förälder", proxy.GetProperty("name").GetString());
        Assert.Equal("active", proxy.GetProperty("status").GetString());
    }

    [Fact]
    [Trait("Rule", "PX1")]
    public async Task AddProxy_NotTheGuardianInTheRegistry_Answers403NotGuardian()
    {
        var family = await ProxyFamily.CreateAsync(fixture);
        var stranger = TestPeople.AgedAt(6, fixture.Clock.GetUtcNow());
        await family.Guardian.PutPersonAsync(stranger);

        using var response = await family.Guardian.PostAsync("/api/proxies", new { childPersonnummer = stranger });

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "not_guardian");
    }

    [Fact]
    [Trait("Rule", "PX1")]
    public async Task AddProxy_ChildAlready13_Answers403ChildTooOld()
    {
        var family = await ProxyFamily.CreateAsync(fixture, childYears: 13);

        using var response = await family.AddChildAsync();

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "child_too_old");
    }

    [Fact]
    [Trait("Rule", "PX7")]
    public async Task AddProxy_ChildWithProtectedIdentity_Answers403ProtectedIdentity()
    {
        var family = await ProxyFamily.CreateAsync(fixture);
        await family.Guardian.PutPersonAsync(family.Child, protection: "skyddadFolkbokforing", guardians: [family.GuardianNumber]);

        using var response = await family.AddChildAsync();

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "protected_identity");
    }

    [Fact]
    [Trait("Rule", "DC1")]
    public async Task AddProxy_DeceasedChild_Answers403AccountInactive()
    {
        var family = await ProxyFamily.CreateAsync(fixture);
        await family.Guardian.PutPersonAsync(family.Child, deceased: true, guardians: [family.GuardianNumber]);

        using var response = await family.AddChildAsync();

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "account_inactive");
    }

    [Fact]
    [Trait("Rule", "PX3")]
    [Trait("Rule", "PX8")]
    public async Task ActingAs_Child_ApiMeShowsTheChildAndSettingsGoToTheChildsAccount()
    {
        var family = await (await ProxyFamily.CreateAsync(fixture)).ActingForChildAsync();

        using var settings = await family.Guardian.PutAsync("/api/me/settings", new { mobile = "+46701234567" });
        Assert.Equal(HttpStatusCode.NoContent, settings.StatusCode);
        var me = await family.Guardian.GetJsonAsync("/api/me");
        Assert.Equal(family.Child, me.GetProperty("actingAs").GetProperty("personnummer").GetString());
        Assert.Equal("Kim Förälder", me.GetProperty("name").GetString());
        Assert.Equal("+46701234567", me.GetProperty("contacts").GetProperty("mobile").GetString());

        using var back = await family.Guardian.Http.DeleteAsync(new Uri("/api/acting-as", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, back.StatusCode);
        var own = await family.Guardian.GetJsonAsync("/api/me");
        Assert.Equal("Greta Förälder", own.GetProperty("name").GetString());
        Assert.Equal(JsonValueKindNull, own.GetProperty("actingAs").ValueKind);
        Assert.Equal(JsonValueKindNull, own.GetProperty("contacts").GetProperty("mobile").ValueKind);
    }

    [Fact]
    [Trait("Rule", "PX1")]
    public async Task ActingAs_ChildWithoutRelationship_Answers403NoActiveProxy()
    {
        var family = await ProxyFamily.CreateAsync(fixture);

        using var response = await family.ActForChildAsync();

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "no_active_proxy");
    }

    [Fact]
    [Trait("Rule", "PX1")]
    public async Task ActingAs_CustodyEndedInRegistry_EndsTheRelationshipWithCodedReason()
    {
        var family = await ProxyFamily.CreateAsync(fixture);
        using (await family.AddChildAsync())
        {
        }

        await family.Guardian.PutPersonAsync(family.Child, guardians: []);
        using var response = await family.ActForChildAsync();

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "no_active_proxy");
        var proxy = Assert.Single((await family.Guardian.GetJsonAsync("/api/me")).GetProperty("proxies").EnumerateArray());
        Assert.Equal("ended", proxy.GetProperty("status").GetString());
        Assert.Equal("custody-ended", proxy.GetProperty("reason").GetString());
    }

    [Fact]
    [Trait("Rule", "PX7")]
    public async Task ProxyMode_GuardianGainsProtectedIdentityMidSession_NextRequestRefusedAndRelationshipDisappears()
    {
        var family = await (await ProxyFamily.CreateAsync(fixture)).ActingForChildAsync();

        await family.Guardian.PutPersonAsync(family.GuardianNumber, protection: "sekretessmarkering", givenName: "Greta", familyName: "Förälder");
        using var response = await family.Guardian.GetAsync("/api/me");

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "no_active_proxy");
        var me = await family.Guardian.GetJsonAsync("/api/me");
        Assert.Equal(JsonValueKindNull, me.GetProperty("actingAs").ValueKind);
        Assert.Empty(me.GetProperty("proxies").EnumerateArray());
        using var again = await family.AddChildAsync();
        await ProblemAssert.HasCodeAsync(again, HttpStatusCode.Forbidden, "protected_identity");
    }

    [Fact]
    [Trait("Rule", "PX1")]
    public async Task TwoGuardians_BothActForTheSameChild()
    {
        var family = await ProxyFamily.CreateAsync(fixture);
        var second = TestPeople.AgedAt(41, fixture.Clock.GetUtcNow());
        using var other = fixture.NewClient();
        await other.PutPersonAsync(second);
        await other.PutPersonAsync(family.Child, givenName: "Kim", familyName: "Förälder", guardians: [family.GuardianNumber, second]);
        await other.LoggedInResidentAsync(second);

        await family.ActingForChildAsync();
        using var added = await other.PostAsync("/api/proxies", new { childPersonnummer = family.Child });
        using var acting = await other.PutAsync("/api/acting-as", new { personnummer = family.Child });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, acting.StatusCode);
        Assert.Equal(family.Child, (await other.GetJsonAsync("/api/me")).GetProperty("actingAs").GetProperty("personnummer").GetString());
        Assert.Equal(family.Child, (await family.Guardian.GetJsonAsync("/api/me")).GetProperty("actingAs").GetProperty("personnummer").GetString());
    }

    [Fact]
    [Trait("Rule", "PX1")]
    public async Task DailySweep_CustodyEndedInRegistry_EndsTheRelationshipAndTellsTheGuardianWhy()
    {
        var family = await ProxyFamily.CreateAsync(fixture);
        using (await family.AddChildAsync())
        {
        }

        await family.Guardian.PutPersonAsync(family.Child, givenName: "Kim", familyName: "Förälder", guardians: []);
        var tomorrow = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(2);
        await family.Guardian.SetClockAsync(Inbox.StockholmMidnight(tomorrow).AddMinutes(1));
        await family.LogInAgainAsync(actForChild: false);

        var proxy = Assert.Single((await family.Guardian.GetJsonAsync("/api/me")).GetProperty("proxies").EnumerateArray());
        Assert.Equal("ended", proxy.GetProperty("status").GetString());
        Assert.Equal("custody-ended", proxy.GetProperty("reason").GetString());
        Assert.Contains("Ditt ombudskap har upphört", await Inbox.SubjectsAsync(family.Guardian));
    }

    [Fact]
    [Trait("Rule", "YT1")]
    [Trait("Rule", "YT2")]
    [Trait("Rule", "PX10")]
    public async Task ApiMe_Capabilities_FollowAgeLimitsOnTheHubsClock()
    {
        using var client = fixture.NewClient();
        var now = fixture.Clock.GetUtcNow();
        async Task<System.Text.Json.JsonElement> CapabilitiesAtAsync(int years)
        {
            var personnummer = TestPeople.AgedAt(years, now);
            await client.PutPersonAsync(personnummer);
            await client.LoggedInResidentAsync(personnummer);
            return (await client.GetJsonAsync("/api/me")).GetProperty("capabilities");
        }

        var twelve = await CapabilitiesAtAsync(12);
        var fifteen = await CapabilitiesAtAsync(15);
        var sixteen = await CapabilitiesAtAsync(16);
        var eighteen = await CapabilitiesAtAsync(18);

        Assert.False(twelve.GetProperty("proxy").GetBoolean());
        Assert.True(fifteen.GetProperty("proxy").GetBoolean());
        Assert.False(fifteen.GetProperty("journal").GetBoolean());
        Assert.True(sixteen.GetProperty("journal").GetBoolean());
        Assert.False(sixteen.GetProperty("medications").GetBoolean());
        Assert.True(eighteen.GetProperty("medications").GetBoolean());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}

using System.Net;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Cases;
using IntegrationHub.Hub.Tests.Fhir;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Start;

/// <summary>
/// <c>GET /api/start</c> (HO3): where the resident is listed (from the registry), the appointments regional booking services
/// sent over FHIR, the ongoing cases with their latest event and unread messages, the services with why those that are
/// not available are not, and the notices.
/// </summary>
public sealed class StartPageTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task Start_WithoutSession_Returns401()
    {
        using var browser = fixture.NewClient();

        using var response = await browser.GetAsync("/api/start");

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    [Trait("Rule", "HO3")]
    public async Task Start_ListedResidentWithAnAppointment_ShowsListingAndTheBookedTime()
    {
        using var browser = fixture.NewClient();
        var resident = TestPeople.AgedAt(40, fixture.Clock.GetUtcNow(), extraDays: 11);
        await PutListedPersonAsync(browser, resident, "SE2321000016-L001", "Vårdcentralen Listan");
        await browser.LoggedInResidentAsync(resident);
        var fhir = new FhirApi(browser);
        var token = await fhir.TokenAsync("booking-01", "system/Appointment.write");
        var start = WholeSeconds(fixture.Clock.GetUtcNow().AddDays(3));
        await fhir.PostAsync("/Appointment", token, Appointment(resident, "bok-1", "booked", start, fixture.Clock.GetUtcNow()), HttpStatusCode.Created);

        var view = await browser.GetJsonAsync("/api/start");

        Assert.Equal("Test Testsson", view.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("actingAs").ValueKind);
        Assert.Equal("SE2321000016-L001", view.GetProperty("listing").GetProperty("clinicId").GetString());
        Assert.Equal("Vårdcentralen Listan", view.GetProperty("listing").GetProperty("name").GetString());
        var appointment = Assert.Single(view.GetProperty("appointments").EnumerateArray());
        Assert.Equal(start, appointment.GetProperty("start").GetDateTimeOffset());
        Assert.Equal("Vårdcentralen Listan", appointment.GetProperty("clinicName").GetString());
        Assert.Equal("booked", appointment.GetProperty("status").GetString());
        Assert.Equal(0, view.GetProperty("unread").GetInt32());
        Assert.Empty(view.GetProperty("cases").EnumerateArray());
        Assert.Contains(view.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "no-contacts");
    }

    [Fact]
    [Trait("Rule", "HO3")]
    [Trait("Rule", "YT1")]
    [Trait("Rule", "YT2")]
    public async Task Start_FifteenYearOld_ServicesSayWhyNot()
    {
        using var browser = fixture.NewClient();
        await browser.LoggedInNewResidentAsync(fixture, years: 15);

        var services = (await browser.GetJsonAsync("/api/start")).GetProperty("services").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!);

        Assert.False(services["journal"].GetProperty("available").GetBoolean());
        Assert.Equal("age_limit", services["journal"].GetProperty("reason").GetString());
        Assert.Equal("age_limit", services["medications"].GetProperty("reason").GetString());
        Assert.True(services["samples"].GetProperty("available").GetBoolean());
        Assert.True(services["support"].GetProperty("available").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "HO3")]
    [Trait("Rule", "CS3")]
    public async Task Start_CounterQuestionWaiting_CaseOngoingAndUnreadUntilOpened()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync("Vårdcentralen Start");
        var (_, admin) = await desk.StaffAsync((clinic, ["admin"]));
        await CaseDesk.ConfigureAsync(admin, clinic, "ask-nurse");
        var (handlerId, handler) = await desk.StaffAsync((clinic, ["receiver", "handler"]));
        var resident = await desk.ResidentAsync();
        var browser = await desk.ResidentSessionAsync(resident);
        var caseId = await CaseDesk.SubmittedAsync(browser, clinic);
        using (var assigned = await handler.PostAsync($"/staff/cases/{caseId}/assign", new { handlerHsaId = handlerId }))
        {
            Assert.Equal(HttpStatusCode.NoContent, assigned.StatusCode);
        }

        using (var asked = await CaseDesk.PostMessageAsync(handler, $"/staff/cases/{caseId}/counter-question", "Hur hög feber?"))
        {
            Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        }

        var before = await browser.GetJsonAsync("/api/start");
        var ongoing = Assert.Single(before.GetProperty("cases").EnumerateArray());
        Assert.Equal(caseId, ongoing.GetProperty("id").GetString());
        Assert.Equal("awaiting-reply", ongoing.GetProperty("status").GetString());
        Assert.Equal(fixture.Clock.GetUtcNow(), ongoing.GetProperty("lastEventAt").GetDateTimeOffset());
        Assert.Equal(1, before.GetProperty("unread").GetInt32());

        await browser.GetJsonAsync($"/api/cases/{caseId}");

        Assert.Equal(0, (await browser.GetJsonAsync("/api/start")).GetProperty("unread").GetInt32());
    }

    [Fact]
    [Trait("Rule", "HO3")]
    [Trait("Rule", "PX1")]
    public async Task Start_GuardianWithAChild_NoticeSaysWhenProxyAccessEnds()
    {
        using var browser = fixture.NewClient();
        var guardian = await browser.NewResidentAsync(fixture, years: 38);
        var birthDate = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddYears(-5).AddDays(-17);
        var child = TestPeople.Personnummer(birthDate);
        await browser.PutPersonAsync(child, guardians: [guardian], givenName: "Liten");
        await browser.LoggedInResidentAsync(guardian);
        using (var added = await browser.PostAsync("/api/proxies", new { childPersonnummer = child }))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        var view = await browser.GetJsonAsync("/api/start");

        var notice = Assert.Single(view.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "proxy-ends-at-13");
        Assert.Equal("Liten Testsson", notice.GetProperty("name").GetString());
        Assert.Equal(birthDate.AddYears(13), DateOnly.Parse(notice.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(child, Assert.Single(view.GetProperty("proxies").EnumerateArray()).GetProperty("personnummer").GetString());

        using (var acting = await browser.PutAsync("/api/acting-as", new { personnummer = child }))
        {
            Assert.Equal(HttpStatusCode.NoContent, acting.StatusCode);
        }

        var asProxy = await browser.GetJsonAsync("/api/start");
        Assert.Equal("Liten Testsson", asProxy.GetProperty("name").GetString());
        Assert.Equal(child, asProxy.GetProperty("actingAs").GetProperty("personnummer").GetString());
        Assert.Contains(asProxy.GetProperty("notices").EnumerateArray(), n => n.GetProperty("code").GetString() == "acting-proxy-ends-at-13");
        var services = asProxy.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        Assert.Equal("service_not_for_proxy", services["medications"].GetProperty("reason").GetString());
    }

    internal static DateTimeOffset WholeSeconds(DateTimeOffset instant) => new(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerSecond), instant.Offset);

    internal static async Task PutListedPersonAsync(HubClient client, string personnummer, string clinicId, string clinicName)
    {
        using var response = await client.PutAsync("/sim/population/persons", new
        {
            personnummer,
            givenName = "Test",
            familyName = "Testsson",
            region = "01",
            listing = new { clinicId, name = clinicName },
        });
        Assert.True(response.IsSuccessStatusCode, $"PUT /sim/population/persons: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    internal static object Appointment(string personnummer, string id, string status, DateTimeOffset start, DateTimeOffset updated) => new
    {
        resourceType = "Appointment",
        meta = new { lastUpdated = updated.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture) },
        identifier = new[] { new { system = "urn:booking:region-01", value = id } },
        status,
        start = start.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        end = start.AddMinutes(20).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        description = "Provtagning",
        participant = new object[]
        {
            new { actor = new { identifier = new { system = FhirApi.PersonnummerSystem, value = personnummer } }, status = "accepted" },
            new { actor = new { identifier = new { system = "urn:oid:1.2.752.29.4.19", value = "SE2321000016-L001" }, display = "Vårdcentralen Listan" }, status = "accepted" },
        },
    };
}

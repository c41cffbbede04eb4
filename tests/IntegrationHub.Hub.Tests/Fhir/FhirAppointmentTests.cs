using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Start;

namespace IntegrationHub.Hub.Tests.Fhir;

/// <summary>
/// Appointments from a regional booking service (HO3): created, changed by a conditional update, never overwritten by an
/// older update, listed for the patient, and what the start page shows.
/// </summary>
public sealed class FhirAppointmentTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "HO3")]
    public async Task Appointment_CreatedThenCancelledByConditionalUpdate_StartPageShowsTheCancellation()
    {
        using var browser = fixture.NewClient();
        var resident = TestPeople.AgedAt(52, fixture.Clock.GetUtcNow(), extraDays: 71);
        await StartPageTests.PutListedPersonAsync(browser, resident, "SE2321000016-L001", "Vårdcentralen Listan");
        var fhir = new FhirApi(browser);
        var token = await fhir.TokenAsync("booking-02", "system/Appointment.write", "system/Appointment.read");
        var now = fixture.Clock.GetUtcNow();
        var start = StartPageTests.WholeSeconds(now.AddDays(5));

        var created = await fhir.PostAsync("/Appointment", token, StartPageTests.Appointment(resident, "a-17", "booked", start, now), HttpStatusCode.Created);
        Assert.Equal("Appointment", created.GetProperty("resourceType").GetString());
        Assert.DoesNotContain(resident, created.GetProperty("id").GetString()!, StringComparison.Ordinal);

        var cancelled = StartPageTests.Appointment(resident, "a-17", "cancelled", start, now.AddMinutes(5));
        var (status, body, response) = await fhir.SendAsync(
            HttpMethod.Put, "/Appointment?identifier=" + Uri.EscapeDataString("urn:booking:region-01|a-17"), token, System.Text.Json.JsonSerializer.Serialize(cancelled));
        response.Dispose();
        Assert.True(status == HttpStatusCode.OK, $"PUT: {(int)status} {body}");
        Assert.Equal("cancelled", body.GetProperty("status").GetString());

        // An older update arriving late changes nothing.
        var stale = await fhir.PostAsync("/Appointment", token, StartPageTests.Appointment(resident, "a-17", "booked", start, now.AddMinutes(1)), HttpStatusCode.OK);
        Assert.Equal("cancelled", stale.GetProperty("status").GetString());

        var listed = await fhir.GetAsync($"/Appointment?patient.identifier={FhirApi.Identifier(resident)}", token);
        var appointment = Assert.Single(FhirApi.Entries(listed, "Appointment"));
        Assert.Equal("cancelled", appointment.GetProperty("status").GetString());

        await browser.LoggedInResidentAsync(resident);
        var shown = Assert.Single((await browser.GetJsonAsync("/api/start")).GetProperty("appointments").EnumerateArray());
        Assert.Equal("cancelled", shown.GetProperty("status").GetString());
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Appointment_WithoutPatientOrIdentifier_RefusedWithEveryIssue()
    {
        using var browser = fixture.NewClient();
        var fhir = new FhirApi(browser);
        var token = await fhir.TokenAsync("booking-03", "system/Appointment.write");

        var outcome = await fhir.PostAsync("/Appointment", token, new
        {
            resourceType = "Appointment",
            status = "booked",
            start = "2030-01-01T10:00:00+01:00",
            end = "2030-01-01T10:20:00+01:00",
            participant = new[] { new { actor = new { display = "Någon" }, status = "accepted" } },
        }, HttpStatusCode.BadRequest);

        FhirApi.AssertOutcome(outcome);
        var where = outcome.GetProperty("issue").EnumerateArray().SelectMany(i => i.TryGetProperty("expression", out var e) ? e.EnumerateArray().Select(x => x.GetString()) : []).ToList();
        Assert.Contains("Appointment.identifier", where);
        Assert.Contains("Appointment.participant", where);
    }

    [Fact]
    public async Task Appointment_TokenWithoutTheScope_Returns403()
    {
        using var browser = fixture.NewClient();
        var fhir = new FhirApi(browser);
        var token = await fhir.TokenAsync("booking-04", "system/Patient.read");
        var resident = TestPeople.AgedAt(30, fixture.Clock.GetUtcNow(), extraDays: 3);

        var (status, _, response) = await fhir.SendAsync(
            HttpMethod.Post, "/Appointment", token, System.Text.Json.JsonSerializer.Serialize(StartPageTests.Appointment(resident, "x", "booked", fixture.Clock.GetUtcNow(), fixture.Clock.GetUtcNow())));
        response.Dispose();

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}

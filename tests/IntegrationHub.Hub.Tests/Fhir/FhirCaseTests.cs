using System.Net;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;

namespace IntegrationHub.Hub.Tests.Fhir;

/// <summary>
/// POST Communication from a regional service into the resident's inbox with one contentless notification (CS9), 422 for
/// a locked or inactive account (LK1, DC1, CS8); GET Task and Task/{id} (cases, owner the clinic), the client's own
/// Communications part of the Task, paging with <c>_count</c> and <c>next</c>.
/// </summary>
public sealed class FhirCaseTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    private const string Clinic = "SE2321000016-F0001";

    [Fact]
    [Trait("Rule", "CS9")]
    public async Task Communication_ToAResident_LandsInTheInboxWithOneContentlessNotification()
    {
        using var desk = new LockDesk(fixture);
        var fhir = new FhirApi(desk.Sim);
        var personnummer = await desk.ResidentAsync();
        var resident = await desk.ResidentWithContactsAsync(personnummer);
        var (mobile, email) = LockDesk.ContactsOf(personnummer);
        var token = await fhir.TokenAsync("region-01-booking", "system/Communication.write", "system/Task.read");

        var created = await fhir.PostAsync("/Communication", token, Message(new { identifier = new { system = FhirApi.PersonnummerSystem, value = personnummer } }, "Din tid är flyttad till 9 mars."), HttpStatusCode.Created);

        Assert.Equal("Communication", created.GetProperty("resourceType").GetString());
        var taskReference = created.GetProperty("partOf")[0].GetProperty("reference").GetString()!;
        Assert.StartsWith("Task/", taskReference, StringComparison.Ordinal);
        var inbox = await resident.GetJsonAsync("/api/cases");
        var cases = inbox.ValueKind == JsonValueKind.Array ? inbox : inbox.GetProperty("cases");
        Assert.Contains("Din tid är flyttad till 9 mars.", cases.GetRawText(), StringComparison.Ordinal);
        var notices = (await desk.Sim.GetJsonAsync("/sim/notifications")).EnumerateArray()
            .Where(n => n.GetProperty("to").GetString() is var to && (to == mobile || to == email)).ToList();
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.DoesNotContain("9 mars", n.GetProperty("text").GetString()!, StringComparison.Ordinal));

        var task = await fhir.GetAsync("/" + taskReference, token);
        Assert.Equal(Clinic, task.GetProperty("owner").GetProperty("identifier").GetProperty("value").GetString());
        Assert.Equal("answered", task.GetProperty("businessStatus").GetProperty("coding")[0].GetProperty("code").GetString());
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Communication_SameIdentifierTwice_IsOneCase()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.NewResidentAsync(fixture);
        var token = await fhir.TokenAsync("region-01-booking", "system/Communication.write", "system/Task.read");
        var patientId = Assert.Single(FhirApi.Entries(await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier(personnummer)}", await fhir.TokenAsync("region-01-booking", "system/Patient.read")))).GetProperty("id").GetString();
        var message = Message(new { reference = $"Patient/{patientId}" }, "Provsvar finns.", identifier: "msg-" + Guid.NewGuid().ToString("N"));

        var first = await fhir.PostAsync("/Communication", token, message, HttpStatusCode.Created);
        var second = await fhir.PostAsync("/Communication", token, message, HttpStatusCode.OK);

        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        var tasks = await fhir.GetAsync($"/Task?patient.identifier={FhirApi.Identifier(personnummer)}&_revinclude=Communication:part-of", token);
        Assert.Single(FhirApi.Entries(tasks, "Task"));
        var communication = Assert.Single(FhirApi.Entries(tasks, "Communication"));
        Assert.Equal("Provsvar finns.", communication.GetProperty("payload")[0].GetProperty("contentString").GetString());
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "LK1")]
    [Trait("Rule", "CS8")]
    public async Task Communication_ToALockedAccount_Is422()
    {
        using var desk = new LockDesk(fixture);
        var fhir = new FhirApi(desk.Sim);
        var personnummer = await desk.ResidentAsync();
        await desk.RegionLockAsync(personnummer);
        var token = await fhir.TokenAsync("region-01-booking", "system/Communication.write");

        var outcome = await fhir.PostAsync("/Communication", token, Message(new { identifier = new { system = FhirApi.PersonnummerOid, value = personnummer } }, "Hej"), HttpStatusCode.UnprocessableEntity);

        FhirApi.AssertOutcome(outcome, "business-rule");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "DC1")]
    public async Task Communication_ToADeceasedResident_Is422()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.NewResidentAsync(fixture, deceased: true);
        var token = await fhir.TokenAsync("region-01-booking", "system/Communication.write");

        var outcome = await fhir.PostAsync("/Communication", token, Message(new { identifier = new { system = FhirApi.PersonnummerSystem, value = personnummer } }, "Hej"), HttpStatusCode.UnprocessableEntity);

        FhirApi.AssertOutcome(outcome, "business-rule");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Communication_WithoutRecipientOrText_Is400_AndWithoutWriteScope403()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.NewResidentAsync(fixture);
        var writer = await fhir.TokenAsync("region-01-booking", "system/Communication.write");
        var reader = await fhir.TokenAsync("region-01-reader", "system/Communication.read");

        FhirApi.AssertOutcome(await fhir.PostAsync("/Communication", writer, new { resourceType = "Communication", status = "completed", payload = new[] { new { contentString = "x" } } }, HttpStatusCode.BadRequest));
        FhirApi.AssertOutcome(await fhir.PostAsync("/Communication", writer, new { resourceType = "Communication", status = "completed", recipient = new[] { new { identifier = new { system = FhirApi.PersonnummerSystem, value = personnummer } } } }, HttpStatusCode.BadRequest));
        FhirApi.AssertOutcome(await fhir.PostAsync("/Communication", reader, Message(new { identifier = new { system = FhirApi.PersonnummerSystem, value = personnummer } }, "x"), HttpStatusCode.Forbidden), "forbidden");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Communication_ThirtyMegabytes_Is413WithAnOperationOutcomeAndNoServerError()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.NewResidentAsync(fixture);
        var token = await fhir.TokenAsync("region-01-booking", "system/Communication.write");
        var logged = fixture.Logs.Lines.Count;
        var huge = JsonSerializer.Serialize(Message(new { identifier = new { system = FhirApi.PersonnummerSystem, value = personnummer } }, new string('x', 30 * 1024 * 1024)));

        var outcome = await fhir.PostRawAsync("/Communication", token, huge, HttpStatusCode.RequestEntityTooLarge);

        FhirApi.AssertOutcome(outcome, "too-long");
        Assert.DoesNotContain(fixture.Logs.Lines.Skip(logged), line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Communication_SeveralProblems_IsOne400ListingEach()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var token = await fhir.TokenAsync("region-01-booking", "system/Communication.write");
        const string body = """
            {"resourceType":"Communication","status":"skickad","priority":"brådskande","sent":"2026-03-02 10:00",
             "recipient":[{"display":"Tolvan"}],"payload":[{"contentString":"Hej","language":"sv"}]}
            """;

        var outcome = await fhir.PostRawAsync("/Communication", token, body, HttpStatusCode.BadRequest);

        var expressions = outcome.GetProperty("issue").EnumerateArray().Select(i => i.GetProperty("expression")[0].GetString()).ToList();
        Assert.Contains("Communication.status", expressions);
        Assert.Contains("Communication.priority", expressions);
        Assert.Contains("Communication.sent", expressions);
        Assert.Contains("Communication.payload[0].language", expressions);
        Assert.Contains("Communication.recipient", expressions);
        Assert.Equal(expressions.Count, expressions.Distinct().Count());
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "CS4")]
    public async Task Task_Search_PagesWithCountAndNext_AndShowsNoOtherSendersContent()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.NewResidentAsync(fixture);
        var sender = await fhir.TokenAsync("region-01-booking", "system/Communication.write");
        for (var i = 0; i < 5; i++)
        {
            await fhir.PostAsync("/Communication", sender, Message(new { identifier = new { system = FhirApi.PersonnummerSystem, value = personnummer } }, $"Hemligt {i}"), HttpStatusCode.Created);
        }

        var reader = await fhir.TokenAsync("region-02-reader", "system/Task.read");
        var seen = new List<string>();
        var page = await fhir.GetAsync($"/Task?patient.identifier={FhirApi.Identifier(personnummer)}&_count=2&_revinclude=Communication:part-of", reader);
        while (true)
        {
            Assert.Equal(5, page.GetProperty("total").GetInt32());
            var tasks = FhirApi.Entries(page, "Task").ToList();
            Assert.InRange(tasks.Count, 1, 2);
            Assert.Empty(FhirApi.Entries(page, "Communication"));
            Assert.DoesNotContain("Hemligt", page.GetRawText(), StringComparison.Ordinal);
            seen.AddRange(tasks.Select(t => t.GetProperty("id").GetString()!));
            var next = page.GetProperty("link").EnumerateArray().FirstOrDefault(l => l.GetProperty("relation").GetString() == "next");
            if (next.ValueKind == JsonValueKind.Undefined)
            {
                break;
            }

            page = await fhir.GetAsync(new Uri(next.GetProperty("url").GetString()!).PathAndQuery[FhirApi.Base.Length..], reader);
        }

        Assert.Equal(5, seen.Distinct().Count());
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Task_UnknownId_Is404()
    {
        var fhir = new FhirApi(fixture.NewClient());
        var token = await fhir.TokenAsync("region-01", "system/Task.read");

        FhirApi.AssertOutcome(await fhir.GetAsync($"/Task/{Guid.NewGuid():N}", token, HttpStatusCode.NotFound), "not-found");
        await fhir.AssertEmittedValidAsync();
    }

    private static object Message(object recipient, string text, string? identifier = null) => new Dictionary<string, object?>
    {
        ["resourceType"] = "Communication",
        ["identifier"] = identifier is null ? null : new[] { new { system = "urn:region-01:booking", value = identifier } },
        ["status"] = "completed",
        ["recipient"] = new[] { recipient },
        ["sender"] = new { identifier = new { system = "urn:oid:1.2.752.29.4.19", value = Clinic }, display = "Vårdcentralen Test" },
        ["topic"] = new { text = "Ombokning" },
        ["payload"] = new[] { new { contentString = text } },
    }.Where(p => p.Value is not null).ToDictionary();
}

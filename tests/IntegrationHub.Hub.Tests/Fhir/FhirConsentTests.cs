using IntegrationHub.Grains.Journal;
using System.Net;
using System.Text.Json;
using Consent = Hl7.Fhir.Model.Consent;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Proxies;
using IntegrationHub.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Hub.Tests.Fhir;

/// <summary>
/// POST Consent from the journal system (JR1–JR3): idempotent and order-safe, refused with an OperationOutcome when it is
/// not a seal or guardian block; GET Consent the mirror; and the simulated journal system going through the same route.
/// </summary>
public sealed class FhirConsentTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    private const string Write = "system/Consent.write";

    private static readonly DateTimeOffset Recorded = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Consent_Seal_IsCreatedOnceAndAnOlderUpdateChangesNothing()
    {
        using var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var token = await fhir.TokenAsync("journal", Write, "system/Consent.read");
        var id = JournalConsents.NewId();

        var created = await fhir.PostAsync("/Consent", token, JournalConsents.Seal(personnummer, id, Recorded.AddMinutes(10)), HttpStatusCode.Created);
        var again = await fhir.PostAsync("/Consent", token, JournalConsents.Seal(personnummer, id, Recorded.AddMinutes(10)), HttpStatusCode.OK);
        var older = await fhir.PostAsync("/Consent", token, JournalConsents.Seal(personnummer, id, Recorded, status: "inactive"), HttpStatusCode.OK);

        Assert.Equal("active", created.GetProperty("status").GetString());
        Assert.Equal("deny", created.GetProperty("provision").GetProperty("type").GetString());
        Assert.Equal("active", again.GetProperty("status").GetString());
        Assert.Equal("active", older.GetProperty("status").GetString());
        using var journal = await client.HopAsync("journal");
        await ProblemAssert.HasCodeAsync(journal, HttpStatusCode.Forbidden, "journal_sealed");
        var mirrored = Assert.Single(FhirApi.Entries(await fhir.GetAsync($"/Consent?patient.identifier={FhirApi.Identifier(personnummer)}", token)));
        Assert.Equal("active", mirrored.GetProperty("status").GetString());
        Assert.Equal(id, mirrored.GetProperty("identifier")[0].GetProperty("value").GetString());
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "JR2")]
    public async Task Consent_GuardianBlock_IsMirroredWithTheGuardianAsGuardActor()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var child = await client.NewResidentAsync(fixture, years: 8);
        var guardian = await client.NewResidentAsync(fixture, years: 38);
        var token = await fhir.TokenAsync("journal", Write, "system/Consent.read");

        await fhir.PostAsync("/Consent", token, JournalConsents.GuardianBlock(child, guardian, JournalConsents.NewId(), Recorded), HttpStatusCode.Created);

        var consent = Assert.Single(FhirApi.Entries(await fhir.GetAsync($"/Consent?patient.identifier={FhirApi.Identifier(child, FhirApi.PersonnummerOid)}", token)));
        var actor = Assert.Single(consent.GetProperty("provision").GetProperty("actor").EnumerateArray());
        Assert.Equal("GUARD", actor.GetProperty("role").GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal(guardian, actor.GetProperty("reference").GetProperty("identifier").GetProperty("value").GetString());
        Assert.False(string.IsNullOrEmpty(consent.GetProperty("policy")[0].GetProperty("uri").GetString()));
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "JR3")]
    public async Task SimulatedJournal_PostsThroughTheFhirApi_AndKeepsItsOwnList()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.NewResidentAsync(fixture);
        var id = JournalConsents.NewId();

        Assert.True(await JournalConsents.PostAsync(client, JournalConsents.Seal(personnummer, id, Recorded)));
        Assert.False(await JournalConsents.PostAsync(client, JournalConsents.Seal(personnummer, id, Recorded)));

        Assert.Single(client.Fleet.Journal.ConsentsFor(personnummer));
        var audit = await fhir.GetAsync($"/AuditEvent?patient.identifier={FhirApi.Identifier(personnummer)}", await fhir.TokenAsync("auditor", "system/AuditEvent.read"));
        Assert.NotEmpty(FhirApi.Entries(audit));
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "JR1")]
    [Trait("Rule", "JR2")]
    public async Task Reconciliation_RepairsWhatTheHubMissed_AndReportsWhatOnlyTheHubHolds()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.NewResidentAsync(fixture);
        var missed = JournalConsents.NewId();
        var hubOnly = JournalConsents.NewId();
        client.Fleet.Journal.PutConsent(FhirJson.Deserialize<Consent>(JsonSerializer.Serialize(JournalConsents.Seal(personnummer, missed, Recorded))));
        var token = await fhir.TokenAsync("journal", Write, "system/Consent.read");
        await fhir.PostAsync("/Consent", token, JournalConsents.Seal(personnummer, hubOnly, Recorded, status: "inactive"), HttpStatusCode.Created);
        var reconciler = fixture.Hub.App.Services.GetRequiredService<JournalReconciler>();

        var first = await reconciler.ReconcileAsync(Personnummer.Parse(personnummer), CancellationToken.None);
        var second = await reconciler.ReconcileAsync(Personnummer.Parse(personnummer), CancellationToken.None);

        Assert.Equal(1, first.Repaired);
        Assert.Equal([hubOnly], first.HubOnly);
        Assert.Equal(0, second.Repaired);
        var mirrored = FhirApi.Entries(await fhir.GetAsync($"/Consent?patient.identifier={FhirApi.Identifier(personnummer)}", token)).ToList();
        Assert.Contains(mirrored, c => c.GetProperty("identifier")[0].GetProperty("value").GetString() == missed && c.GetProperty("status").GetString() == "active");
        await fhir.AssertEmittedValidAsync();
    }

    public static TheoryData<string, string> Hostile => new()
    {
        { "{\"resourceType\":\"Consent\",", "structure" },
        { "[]", "structure" },
        { "{\"resourceType\":\"Patient\"}", "invalid" },
    };

    [Theory]
    [Trait("Rule", "JR1")]
    [MemberData(nameof(Hostile))]
    public async Task Consent_MalformedOrWrongType_Is400WithAnOperationOutcome(string body, string issue)
    {
        var fhir = new FhirApi(fixture.NewClient());
        var token = await fhir.TokenAsync("journal", Write);

        var outcome = await fhir.PostRawAsync("/Consent", token, body, HttpStatusCode.BadRequest);

        FhirApi.AssertOutcome(outcome, issue);
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Consent_UnknownElement_Is400NamingIt()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var consent = JournalConsents.Seal(TestPeople.AgedAt(30, fixture.Clock.GetUtcNow()), JournalConsents.NewId(), Recorded);
        consent["sealedBy"] = "someone";
        var token = await fhir.TokenAsync("journal", Write);

        var outcome = await fhir.PostRawAsync("/Consent", token, JsonSerializer.Serialize(consent), HttpStatusCode.BadRequest);

        FhirApi.AssertOutcome(outcome, "structure");
        Assert.Contains("sealedBy", outcome.GetRawText(), StringComparison.Ordinal);
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Consent_WithoutPolicy_Is400AndChangesNothing()
    {
        using var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var consent = JournalConsents.Seal(personnummer, JournalConsents.NewId(), Recorded);
        consent.Remove("policy");
        var token = await fhir.TokenAsync("journal", Write);

        var outcome = await fhir.PostAsync("/Consent", token, consent, HttpStatusCode.BadRequest);

        FhirApi.AssertOutcome(outcome, "invariant");
        Assert.Contains("ppc-1", outcome.GetRawText(), StringComparison.Ordinal);
        await client.AssertOkAsync("/hop/journal");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "JR2")]
    public async Task Consent_GuardianNamedByDisplayOnly_Is400AndBlocksNobody()
    {
        var family = await (await ProxyFamily.CreateAsync(fixture)).ActingForChildAsync();
        using var journalSystem = fixture.NewClient();
        var fhir = new FhirApi(journalSystem);
        var token = await fhir.TokenAsync("journal", Write, "system/Consent.read");
        var id = JournalConsents.NewId();
        var byDisplay = JournalConsents.GuardianBlock(family.Child, family.GuardianNumber, id, Recorded);
        byDisplay["provision"] = new Dictionary<string, object?>
        {
            ["type"] = "deny",
            ["actor"] = new[]
            {
                new
                {
                    role = new { coding = new[] { new { system = "http://terminology.hl7.org/CodeSystem/v3-RoleClass", code = "GUARD" } } },
                    reference = new { display = "Anna Andersson (vårdnadshavare)" },
                },
            },
        };

        var outcome = await fhir.PostAsync("/Consent", token, byDisplay, HttpStatusCode.BadRequest);

        FhirApi.AssertOutcome(outcome, "required");
        var issue = Assert.Single(outcome.GetProperty("issue").EnumerateArray());
        Assert.Equal("error", issue.GetProperty("severity").GetString());
        Assert.Equal("Consent.provision.actor[0].reference.identifier", Assert.Single(issue.GetProperty("expression").EnumerateArray()).GetString());
        Assert.Empty(FhirApi.Entries(await fhir.GetAsync($"/Consent?patient.identifier={FhirApi.Identifier(family.Child)}", token)));
        using (var stillOpen = await family.Guardian.HopAsync("journal", "/notes"))
        {
            Assert.Equal(HttpStatusCode.OK, stillOpen.StatusCode);
        }

        // The same block naming the guardian by personnummer is taken, and does block: the refusal was the only difference.
        await fhir.PostAsync("/Consent", token, JournalConsents.GuardianBlock(family.Child, family.GuardianNumber, id, Recorded), HttpStatusCode.Created);
        using var blocked = await family.Guardian.HopAsync("journal", "/notes");
        await ProblemAssert.HasCodeAsync(blocked, HttpStatusCode.Forbidden, "guardian_blocked");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Consent_MissingSeveralRequiredElements_IsOne400ListingEachOfThem()
    {
        using var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var consent = JournalConsents.Seal(personnummer, JournalConsents.NewId(), Recorded);
        consent.Remove("identifier");
        consent.Remove("dateTime");
        consent.Remove("policy");
        consent.Remove("scope");
        consent["patient"] = new { display = "Tolvan Tolvansson" };
        consent["provision"] = new { type = "permit" };
        var token = await fhir.TokenAsync("journal", Write);

        var outcome = await fhir.PostAsync("/Consent", token, consent, HttpStatusCode.BadRequest);

        FhirApi.AssertOutcome(outcome);
        var issues = outcome.GetProperty("issue").EnumerateArray().ToList();
        var expressions = issues.Select(i => i.TryGetProperty("expression", out var e) ? e[0].GetString() : null).ToList();
        Assert.Equal(6, issues.Count);
        Assert.Contains("Consent.identifier", expressions);
        Assert.Contains("Consent.patient.identifier", expressions);
        Assert.Contains("Consent.dateTime", expressions);
        Assert.Contains("Consent.scope", expressions);
        Assert.Contains("Consent.provision.type", expressions);
        Assert.Contains(issues, i => i.GetProperty("code").GetString() == "invariant" && i.GetProperty("diagnostics").GetString()!.Contains("ppc-1", StringComparison.Ordinal));
        Assert.All(issues, i => Assert.Equal("error", i.GetProperty("severity").GetString()));
        await client.AssertOkAsync("/hop/journal");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Consent_OverAMegabyte_Is413WithAnOperationOutcome()
    {
        var fhir = new FhirApi(fixture.NewClient());
        var consent = JournalConsents.Seal(TestPeople.AgedAt(30, fixture.Clock.GetUtcNow()), JournalConsents.NewId(), Recorded);
        consent["text"] = new { status = "generated", div = $"<div xmlns=\"http://www.w3.org/1999/xhtml\">{new string('x', 2 * 1024 * 1024)}</div>" };
        var token = await fhir.TokenAsync("journal", Write);

        var outcome = await fhir.PostRawAsync("/Consent", token, JsonSerializer.Serialize(consent), HttpStatusCode.RequestEntityTooLarge);

        FhirApi.AssertOutcome(outcome, "too-long");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Consent_FromAClientThatIsNotTheJournal_Is403EvenWithTheScope()
    {
        var fhir = new FhirApi(fixture.NewClient());
        var token = await fhir.TokenAsync("region-01", Write);

        var outcome = await fhir.PostAsync("/Consent", token, JournalConsents.Seal(TestPeople.AgedAt(30, fixture.Clock.GetUtcNow()), JournalConsents.NewId(), Recorded), HttpStatusCode.Forbidden);

        FhirApi.AssertOutcome(outcome, "forbidden");
        await fhir.AssertEmittedValidAsync();
    }
}

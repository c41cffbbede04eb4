using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;
using IntegrationHub.Hub.Tests.Proxies;

namespace IntegrationHub.Hub.Tests.Fhir;

/// <summary>
/// GET metadata, Patient, Flag, RelatedPerson and AuditEvent (API.md's FHIR section): the account view of a person,
/// the lock without the locking region (LK8, LK9), proxies (PX1), and every client read on the audit trail (ST2).
/// Every resource the hub answers with is checked against the R4 JSON schema.
/// </summary>
public sealed class FhirPersonTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    private const string Reader = "system/*.read";

    [Fact]
    public async Task Metadata_WithoutToken_ListsExactlyWhatIsServed()
    {
        var fhir = new FhirApi(fixture.NewClient());

        var statement = await fhir.GetAsync("/metadata", token: null);

        Assert.Equal("CapabilityStatement", statement.GetProperty("resourceType").GetString());
        Assert.Equal("4.0.1", statement.GetProperty("fhirVersion").GetString());
        var served = statement.GetProperty("rest")[0].GetProperty("resource").EnumerateArray()
            .ToDictionary(r => r.GetProperty("type").GetString()!, r => r.GetProperty("interaction").EnumerateArray().Select(i => i.GetProperty("code").GetString()!).Order().ToArray());
        Assert.Equal(["Appointment", "AuditEvent", "Communication", "Consent", "Flag", "Patient", "RelatedPerson", "Task"], served.Keys.Order().ToArray());
        Assert.Equal(["create", "search-type", "update"], served["Appointment"]);
        Assert.Equal(["create"], served["Communication"]);
        Assert.Equal(["create", "search-type"], served["Consent"]);
        Assert.Equal(["read", "search-type"], served["Patient"]);
        await fhir.AssertEmittedValidAsync();
    }

    [Theory]
    [InlineData(FhirApi.PersonnummerSystem)]
    [InlineData(FhirApi.PersonnummerOid)]
    public async Task Patient_ByEitherIdentifierSystem_IsTheAccountViewWithAnOpaqueId(string system)
    {
        using var desk = new LockDesk(fixture);
        var fhir = new FhirApi(desk.Sim);
        var personnummer = await desk.ResidentAsync();
        var token = await fhir.TokenAsync("region-01", "system/Patient.read");

        var bundle = await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier(personnummer, system)}", token);

        Assert.Equal("searchset", bundle.GetProperty("type").GetString());
        var patient = Assert.Single(FhirApi.Entries(bundle));
        Assert.Equal(FhirApi.PersonnummerSystem, patient.GetProperty("identifier")[0].GetProperty("system").GetString());
        Assert.Equal(personnummer, patient.GetProperty("identifier")[0].GetProperty("value").GetString());
        Assert.DoesNotContain(personnummer, patient.GetProperty("id").GetString()!, StringComparison.Ordinal);
        Assert.False(patient.GetProperty("deceasedBoolean").GetBoolean());
        Assert.True(patient.GetProperty("active").GetBoolean());
        Assert.False(patient.TryGetProperty("meta", out _));

        var read = await fhir.GetAsync($"/Patient/{patient.GetProperty("id").GetString()}", token);
        Assert.Equal(personnummer, read.GetProperty("identifier")[0].GetProperty("value").GetString());
        await fhir.AssertEmittedValidAsync();
    }

    [Theory]
    [Trait("Rule", "ID7")]
    [InlineData("sekretessmarkering", "R")]
    [InlineData("skyddadFolkbokforing", "V")]
    public async Task Patient_WithProtectedIdentity_IsServedWithItsConfidentialityLabel(string protection, string code)
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.NewResidentAsync(fixture, protection: protection);
        var token = await fhir.TokenAsync("region-01", "system/Patient.read");

        var patient = Assert.Single(FhirApi.Entries(await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier(personnummer)}", token)));

        var security = Assert.Single(patient.GetProperty("meta").GetProperty("security").EnumerateArray());
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", security.GetProperty("system").GetString());
        Assert.Equal(code, security.GetProperty("code").GetString());
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "DC1")]
    public async Task Patient_Deceased_IsInactiveWithDeceasedBoolean()
    {
        var client = fixture.NewClient();
        var fhir = new FhirApi(client);
        var personnummer = await client.NewResidentAsync(fixture, deceased: true);
        var token = await fhir.TokenAsync("region-01", "system/Patient.read");

        var patient = Assert.Single(FhirApi.Entries(await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier(personnummer)}", token)));

        Assert.True(patient.GetProperty("deceasedBoolean").GetBoolean());
        Assert.False(patient.GetProperty("active").GetBoolean());
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    public async Task Patient_UnknownToTheRegistry_IsAnEmptySearchset_AndAMalformedIdentifierIs400()
    {
        var fhir = new FhirApi(fixture.NewClient());
        var token = await fhir.TokenAsync("region-01", "system/Patient.read");
        var unknown = TestPeople.AgedAt(50, fixture.Clock.GetUtcNow());

        var bundle = await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier(unknown)}", token);
        Assert.Equal(0, bundle.GetProperty("total").GetInt32());

        var refused = await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier("191212121213")}", token, HttpStatusCode.BadRequest);
        FhirApi.AssertOutcome(refused, "invalid");
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "LK8")]
    [Trait("Rule", "LK1")]
    public async Task Flag_RegionLock_IsAnActiveAdminFlagThatSaysRegionButNotWhich()
    {
        using var desk = new LockDesk(fixture);
        var fhir = new FhirApi(desk.Sim);
        var personnummer = await desk.ResidentAsync();
        var other = await desk.ResidentAsync();
        var token = await fhir.TokenAsync("region-03", "system/Flag.read");
        await desk.RegionLockAsync(personnummer, "violence");

        var bundle = await fhir.GetAsync($"/Flag?patient.identifier={FhirApi.Identifier(personnummer)}", token);

        var flag = Assert.Single(FhirApi.Entries(bundle));
        Assert.Equal("active", flag.GetProperty("status").GetString());
        Assert.Equal("admin", flag.GetProperty("category")[0].GetProperty("coding")[0].GetProperty("code").GetString());
        Assert.Equal("login-locked-region", flag.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString());
        var text = flag.GetRawText();
        Assert.DoesNotContain($"\"{LockDesk.HomeRegion}\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("violence", text, StringComparison.Ordinal);
        Assert.Empty(FhirApi.Entries(await fhir.GetAsync($"/Flag?patient.identifier={FhirApi.Identifier(other)}", token)));
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "LK8")]
    public async Task Flag_ResidentsOwnLock_SaysResident()
    {
        using var desk = new LockDesk(fixture);
        var fhir = new FhirApi(desk.Sim);
        var personnummer = await desk.ResidentAsync();
        await desk.ResidentsOwnLockAsync(personnummer);
        var token = await fhir.TokenAsync("region-01", "system/Flag.read");

        var flag = Assert.Single(FhirApi.Entries(await fhir.GetAsync($"/Flag?patient.identifier={FhirApi.Identifier(personnummer)}", token)));

        Assert.Equal("login-locked-resident", flag.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString());
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "PX1")]
    [Trait("Rule", "PX2")]
    public async Task RelatedPerson_ActiveProxy_IsParentAndGuardianWithAPeriod()
    {
        var family = await ProxyFamily.CreateAsync(fixture);
        await family.ActingForChildAsync();
        var fhir = new FhirApi(fixture.NewClient());
        var token = await fhir.TokenAsync("region-01", "system/RelatedPerson.read");

        var bundle = await fhir.GetAsync($"/RelatedPerson?patient.identifier={FhirApi.Identifier(family.Child)}", token);

        var related = Assert.Single(FhirApi.Entries(bundle));
        Assert.True(related.GetProperty("active").GetBoolean());
        Assert.Equal(family.GuardianNumber, related.GetProperty("identifier")[0].GetProperty("value").GetString());
        Assert.Equal(["PRN", "GUARD"], related.GetProperty("relationship").EnumerateArray().Select(r => r.GetProperty("coding")[0].GetProperty("code").GetString()!).ToArray());
        Assert.True(related.GetProperty("period").TryGetProperty("start", out _));
        Assert.False(related.GetProperty("period").TryGetProperty("end", out _));
        Assert.Equal(family.Child, related.GetProperty("patient").GetProperty("identifier").GetProperty("value").GetString());
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "PX5")]
    public async Task RelatedPerson_AfterThe13thBirthday_IsInactiveWithAnEnd()
    {
        var family = await ProxyFamily.CreateAsync(fixture, childYears: 12, childExtraDays: 360);
        await family.ActingForChildAsync();
        var fhir = new FhirApi(family.Guardian);
        await family.Guardian.AdvanceClockAsync(fixture, TimeSpan.FromDays(10));
        var token = await fhir.TokenAsync("region-01", "system/RelatedPerson.read");

        var related = Assert.Single(FhirApi.Entries(await fhir.GetAsync($"/RelatedPerson?patient.identifier={FhirApi.Identifier(family.Child)}", token)));

        Assert.False(related.GetProperty("active").GetBoolean());
        Assert.True(related.GetProperty("period").TryGetProperty("end", out _));
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "ST2")]
    public async Task AuditEvent_ListsEveryClientReadNamingTheClient_AndNotTheLockReason()
    {
        using var desk = new LockDesk(fixture);
        var fhir = new FhirApi(desk.Sim);
        var personnummer = await desk.ResidentAsync();
        await desk.RegionLockAsync(personnummer, "violence");
        var reader = await fhir.TokenAsync("region-halland", "system/Patient.read");
        var auditor = await fhir.TokenAsync("region-01-audit", Reader);
        await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier(personnummer)}", reader);

        var bundle = await fhir.GetAsync($"/AuditEvent?patient.identifier={FhirApi.Identifier(personnummer)}", auditor);

        var events = FhirApi.Entries(bundle, "AuditEvent").ToList();
        var agents = events.Select(e => e.GetProperty("agent")[0].GetProperty("who").GetProperty("identifier").GetProperty("value").GetString()).ToList();
        Assert.Contains("region-halland", agents);
        Assert.Contains("region-01-audit", agents);
        Assert.All(events, e => Assert.Equal("R", e.GetProperty("action").GetString()));
        Assert.DoesNotContain("violence", bundle.GetRawText(), StringComparison.Ordinal);
        await fhir.AssertEmittedValidAsync();
    }
}

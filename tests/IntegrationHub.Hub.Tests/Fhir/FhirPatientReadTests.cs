using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Fhir;

/// <summary>
/// GET Patient asks the registry once and records the read (issue 12): reads of one account at once each land on the
/// audit trail (ST2); a read that finds the registry moved on makes the account take it before the answer (DC1); a read
/// the registry could not answer is no read and is not recorded.
/// </summary>
public sealed class FhirPatientReadTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    private const string Auditor = "system/*.read";

    [Fact]
    [Trait("Rule", "ST2")]
    public async Task Patient_ManyReadsOfOneAccountAtOnce_EachReadIsOnTheAuditTrail()
    {
        var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var reader = await new FhirApi(client).TokenAsync("region-burst", "system/Patient.read");
        const int Reads = 40;

        var patients = await Task.WhenAll(Enumerable.Range(0, Reads).Select(async _ =>
            Assert.Single(FhirApi.Entries(await new FhirApi(client).GetAsync($"/Patient?identifier={FhirApi.Identifier(personnummer)}", reader)))));

        Assert.All(patients, p => Assert.Equal(personnummer, p.GetProperty("identifier")[0].GetProperty("value").GetString()));
        Assert.Equal(Reads, await ReadsByAsync(client, personnummer, "region-burst"));
    }

    [Fact]
    [Trait("Rule", "DC1")]
    [Trait("Rule", "ST2")]
    public async Task Patient_AfterTheRegistryRecordedADeath_IsDeceasedAndTheAccountTakesItBeforeTheAnswer()
    {
        var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var fhir = new FhirApi(client);
        var reader = await fhir.TokenAsync("region-death", "system/Patient.read");
        Assert.Single(FhirApi.Entries(await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier(personnummer)}", reader)));
        await client.PutPersonAsync(personnummer, deceased: true);
        await client.AssertOkAsync();

        var patient = Assert.Single(FhirApi.Entries(await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier(personnummer)}", reader)));

        Assert.True(patient.GetProperty("deceasedBoolean").GetBoolean());
        Assert.False(patient.GetProperty("active").GetBoolean());
        await client.AssertUnauthenticatedAsync();
        Assert.Equal(2, await ReadsByAsync(client, personnummer, "region-death"));
        await fhir.AssertEmittedValidAsync();
    }

    [Fact]
    [Trait("Rule", "ST2")]
    public async Task Patient_RegistryUnavailable_Is503AndNotRecorded()
    {
        var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var fhir = new FhirApi(client);
        var reader = await fhir.TokenAsync("region-outage", "system/Patient.read");
        await client.SetRegistryAvailableAsync(false);
        try
        {
            FhirApi.AssertOutcome(await fhir.GetAsync($"/Patient?identifier={FhirApi.Identifier(personnummer)}", reader, HttpStatusCode.ServiceUnavailable), "transient");
        }
        finally
        {
            await client.SetRegistryAvailableAsync(true);
        }

        Assert.Equal(0, await ReadsByAsync(client, personnummer, "region-outage"));
    }

    /// <summary>How many reads the audit trail lists for the person by the client named.</summary>
    private static async Task<int> ReadsByAsync(HubClient client, string personnummer, string clientId)
    {
        var fhir = new FhirApi(client);
        var auditor = await fhir.TokenAsync("region-audit", Auditor);
        var bundle = await fhir.GetAsync($"/AuditEvent?patient.identifier={FhirApi.Identifier(personnummer)}&_count=100", auditor);
        return FhirApi.Entries(bundle, "AuditEvent")
            .Count(e => e.GetProperty("agent")[0].GetProperty("who").GetProperty("identifier").GetProperty("value").GetString() == clientId);
    }
}

using System.Net;
using System.Text.Json;
using Consent = Hl7.Fhir.Model.Consent;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Proxies;

namespace IntegrationHub.Hub.Tests.Journal;

/// <summary>The daily reconciliation job: drift between the journal system's own list and the hub's mirror is repaired at midnight.</summary>
public sealed class JournalReconciliationJobTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "JR1")]
    [Trait("Rule", "HO2")]
    public async Task Midnight_HubMissedTheLiftingOfASeal_TheJobRepairsItAndTheJournalOpens()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var id = JournalConsents.NewId();
        var sealedAt = fixture.Clock.GetUtcNow();
        Assert.True(await JournalConsents.PostAsync(client, JournalConsents.Seal(personnummer, id, sealedAt)));
        using (var sealedHop = await client.HopAsync("journal", "/notes"))
        {
            await ProblemAssert.HasCodeAsync(sealedHop, HttpStatusCode.Forbidden, "journal_sealed");
        }

        // The journal system lifts the seal, but the message to the hub is lost: only the journal's own list has it.
        var lifted = JournalConsents.Seal(personnummer, id, sealedAt.AddMinutes(10), status: "inactive");
        client.Fleet.Journal.PutConsent(FhirJson.Deserialize<Consent>(JsonSerializer.Serialize(lifted)));

        var tomorrow = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(2);
        await client.SetClockAsync(Inbox.StockholmMidnight(tomorrow).AddMinutes(1));
        await client.LoggedInResidentAsync(personnummer);

        using var open = await client.HopAsync("journal", "/notes");
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
    }
}

using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Journal;

/// <summary>
/// JR1–JR3, HO2: the hub mirrors the seal and guardian block the journal system tells it (a FHIR Consent through
/// <c>POST /sim/journal/consents</c>), in the order the journal system recorded them, and the journal hop-out honours them.
/// </summary>
public sealed class JournalSealMirrorTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "JR1")]
    [Trait("Rule", "HO2")]
    public async Task Seal_Active_RefusesTheJournalHopOutAndClearsTheCapability()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);

        Assert.True(await JournalConsents.PostAsync(client, JournalConsents.Seal(personnummer, JournalConsents.NewId(), Recorded(0))));

        using var journal = await client.HopAsync("journal", "records");
        await ProblemAssert.HasCodeAsync(journal, HttpStatusCode.Forbidden, "journal_sealed");
        Assert.False((await client.CapabilitiesAsync()).GetProperty("journal").GetBoolean());
        using var samples = await client.HopAsync("samples");
        Assert.Equal(HttpStatusCode.OK, samples.StatusCode);
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Seal_LaterInactiveUpdate_LiftsIt()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var id = JournalConsents.NewId();
        await JournalConsents.PostAsync(client, JournalConsents.Seal(personnummer, id, Recorded(0)));

        Assert.True(await JournalConsents.PostAsync(client, JournalConsents.Seal(personnummer, id, Recorded(5), status: "inactive")));

        await client.AssertOkAsync("/hop/journal/records");
        Assert.True((await client.CapabilitiesAsync()).GetProperty("journal").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Seal_OlderUpdateArrivingAfterANewerOne_IsIgnored()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var id = JournalConsents.NewId();
        await JournalConsents.PostAsync(client, JournalConsents.Seal(personnummer, id, Recorded(10)));

        var applied = await JournalConsents.PostAsync(client, JournalConsents.Seal(personnummer, id, Recorded(5), status: "inactive"));

        Assert.False(applied);
        using var journal = await client.HopAsync("journal");
        await ProblemAssert.HasCodeAsync(journal, HttpStatusCode.Forbidden, "journal_sealed");
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Seal_LiftRecordedBeforeTheSealButDeliveredFirst_LeavesTheJournalSealed()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var id = JournalConsents.NewId();
        await JournalConsents.PostAsync(client, JournalConsents.Seal(personnummer, id, Recorded(5), status: "inactive"));

        Assert.True(await JournalConsents.PostAsync(client, JournalConsents.Seal(personnummer, id, Recorded(10))));

        using var journal = await client.HopAsync("journal");
        await ProblemAssert.HasCodeAsync(journal, HttpStatusCode.Forbidden, "journal_sealed");
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Seal_SameUpdateTwice_IsAppliedOnce()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var seal = JournalConsents.Seal(personnummer, JournalConsents.NewId(), Recorded(0));

        Assert.True(await JournalConsents.PostAsync(client, seal));
        Assert.False(await JournalConsents.PostAsync(client, seal));
    }

    [Fact]
    [Trait("Rule", "JR2")]
    [Trait("Rule", "HO2")]
    public async Task GuardianBlock_OnTheResidentsJournal_DoesNotBlockTheResidentsOwnJournal()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture, years: 16);
        var guardian = TestPeople.AgedAt(45, fixture.Clock.GetUtcNow());

        Assert.True(await JournalConsents.PostAsync(client, JournalConsents.GuardianBlock(personnummer, guardian, JournalConsents.NewId(), Recorded(0))));

        await client.AssertOkAsync("/hop/journal/records");
        Assert.True((await client.CapabilitiesAsync()).GetProperty("journal").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Seal_BeforeFirstLogin_IsHonouredAtLogin()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.NewResidentAsync(fixture);
        await JournalConsents.PostAsync(client, JournalConsents.Seal(personnummer, JournalConsents.NewId(), Recorded(0)));

        await client.LoggedInResidentAsync(personnummer);

        using var journal = await client.HopAsync("journal");
        await ProblemAssert.HasCodeAsync(journal, HttpStatusCode.Forbidden, "journal_sealed");
    }

    public static TheoryData<string> Incomplete => ["policy", "patient", "dateTime", "provision", "identifier"];

    [Theory]
    [Trait("Rule", "JR1")]
    [MemberData(nameof(Incomplete))]
    public async Task Consent_WithoutARequiredMember_IsRefusedWith400AndChangesNothing(string member)
    {
        using var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var consent = JournalConsents.Seal(personnummer, JournalConsents.NewId(), Recorded(0));
        consent.Remove(member);

        using var response = await client.PostAsync("/sim/journal/consents", consent);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"without {member}: {(int)response.StatusCode}");
        await client.AssertOkAsync("/hop/journal");
    }

    [Fact]
    [Trait("Rule", "JR1")]
    public async Task Consent_PermitProvision_IsRefusedWith400()
    {
        using var client = fixture.NewClient();
        var personnummer = await client.LoggedInNewResidentAsync(fixture);
        var consent = JournalConsents.Seal(personnummer, JournalConsents.NewId(), Recorded(0));
        consent["provision"] = new { type = "permit" };

        using var response = await client.PostAsync("/sim/journal/consents", consent);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>When the journal system recorded an update: minutes after a fixed instant, so that order is explicit.</summary>
    private static DateTimeOffset Recorded(int minutes) =>
        new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(1)).AddMinutes(minutes);
}

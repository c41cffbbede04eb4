using System.Net;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Locks;

/// <summary>
/// The people of one lock test: residents put into the simulated population registry, staff put into the HSA directory and
/// each logged in at a browser of their own, and a browser without a session for the /sim routes. Disposing it closes
/// every browser.
/// </summary>
internal sealed class LockDesk : IDisposable
{
    public const string HomeRegion = "01";
    public const string OtherRegion = "03";

    private static int births;
    private readonly HubFixture fixture;
    private readonly List<HubClient> browsers = [];

    public LockDesk(HubFixture fixture)
    {
        this.fixture = fixture;
        Sim = Browser();
    }

    /// <summary>No session: for the /sim routes only.</summary>
    public HubClient Sim { get; }

    public HubClient Browser()
    {
        var browser = fixture.NewClient();
        browsers.Add(browser);
        return browser;
    }

    /// <summary>A new resident; every one is born on a day of its own, so no two tests of a run share a personnummer.</summary>
    public async Task<string> ResidentAsync(int age = 40, string region = HomeRegion, bool deceased = false, IReadOnlyList<string>? guardians = null)
    {
        var personnummer = TestPeople.AgedAt(age, fixture.Clock.GetUtcNow(), extraDays: 10 + Interlocked.Increment(ref births) % 300);
        await Sim.PutPersonAsync(personnummer, region, deceased, guardians: guardians, givenName: "Rut", familyName: "Spärr");
        return personnummer;
    }

    /// <summary>Moves the hub's clock on (less than the 60 idle minutes that would end the browsers' sessions).</summary>
    public Task AdvanceClockAsync(TimeSpan by) => Sim.AdvanceClockAsync(fixture, by);

    public Task MoveAsync(string personnummer, string region) =>
        Sim.PutPersonAsync(personnummer, region, givenName: "Rut", familyName: "Spärr");

    /// <summary>The resident logged in at a browser of their own.</summary>
    public async Task<HubClient> ResidentSessionAsync(string personnummer)
    {
        var browser = Browser();
        await browser.LoggedInResidentAsync(personnummer);
        return browser;
    }

    /// <summary>A resident logged in who has entered a mobile number and an e-mail address for notifications.</summary>
    public async Task<HubClient> ResidentWithContactsAsync(string personnummer)
    {
        var browser = await ResidentSessionAsync(personnummer);
        using var response = await browser.PutAsync("/api/me/settings", Contacts(personnummer));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return browser;
    }

    /// <summary>Contact details of the resident's own: a mobile number in E.164 and an e-mail address.</summary>
    public static (string Mobile, string Email) ContactsOf(string personnummer) => ($"+4670{personnummer[^7..]}", $"r{personnummer[^7..]}@example.se");

    public async Task<StaffBrowser> StaffAsync(string region, params string[] roles)
    {
        var hsaId = TestPeople.HsaId();
        var browser = Browser();
        await browser.PutStaffAsync(hsaId, region, roles);
        await browser.LoggedInStaffAsync(hsaId);
        return new StaffBrowser(hsaId, browser);
    }

    /// <summary>A lock asked for by staff of the home region, approved by its patient-responsible physician and executed by the central support.</summary>
    public async Task<JsonElement> RegionLockAsync(string personnummer, string reason = "violence")
    {
        var requester = await StaffAsync(HomeRegion, Roles.UnitHead);
        var physician = await StaffAsync(HomeRegion, Roles.Physician);
        var support = await StaffAsync(HomeRegion, Roles.CentralSupport);
        var id = await requester.FiledLockAsync(personnummer, reason);
        await physician.DecidedAsync(StaffBrowser.Locks, id);
        return await support.ExecutedAsync(StaffBrowser.Locks, id);
    }

    /// <summary>The resident's own lock (LK2a), decided and executed by the national support.</summary>
    public async Task<JsonElement> ResidentsOwnLockAsync(string personnummer, StaffBrowser? nationalSupport = null)
    {
        nationalSupport ??= await StaffAsync(OtherRegion, Roles.NationalSupport);
        var id = await nationalSupport.FiledLockAsync(personnummer, "coerced-login", origin: "resident");
        await nationalSupport.DecidedAsync(StaffBrowser.Locks, id);
        return await nationalSupport.ExecutedAsync(StaffBrowser.Locks, id);
    }

    /// <summary>An unlock decided by the patient-responsible physician of <paramref name="region"/>, executed by the central support.</summary>
    public async Task<JsonElement> RegionUnlockAsync(string personnummer, string region = HomeRegion)
    {
        var physician = await StaffAsync(region, Roles.Physician);
        var support = await StaffAsync(HomeRegion, Roles.CentralSupport);
        var id = await physician.FiledUnlockAsync(personnummer);
        await physician.DecidedAsync(StaffBrowser.Unlocks, id);
        return await support.ExecutedAsync(StaffBrowser.Unlocks, id);
    }

    /// <summary>Journal notes the hub wrote about this resident (the outbox is delivered first).</summary>
    public async Task<List<JsonElement>> JournalNotesAsync(string personnummer) =>
        [.. (await Sim.GetJsonAsync("/sim/journal/notes")).EnumerateArray().Where(n => n.GetProperty("personnummer").GetString() == personnummer)];

    /// <summary>The staff lookup of API.md, 200 asserted.</summary>
    public static Task<JsonElement> LookUpAsync(StaffBrowser staff, string personnummer) =>
        staff.Browser.GetJsonAsync($"/staff/residents?personnummer={personnummer}");

    public async Task AssertLoginRefusedAsync(string personnummer)
    {
        using var response = await Browser().LoginResidentAsync(personnummer);
        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "login_refused");
    }

    /// <summary>The journal system seals the resident's whole journal (JR1).</summary>
    public async Task SealJournalAsync(string personnummer) =>
        Assert.True(await JournalConsents.PostAsync(Sim, JournalConsents.Seal(personnummer, JournalConsents.NewId(), fixture.Clock.GetUtcNow())));

    private static object Contacts(string personnummer)
    {
        var (mobile, email) = ContactsOf(personnummer);
        return new { mobile, email };
    }

    public void Dispose()
    {
        foreach (var browser in browsers)
        {
            browser.Dispose();
        }
    }
}

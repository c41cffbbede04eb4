using IntegrationHub.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationHub.Browser.Tests.Cases;

/// <summary>
/// The whole round of a case as people do it in the browser: the clinic's administrator activates a case type, a resident
/// finds the clinic and sends it with a PDF, a nurse is assigned it and asks a counter-question, the resident answers, the
/// nurse closes it. Every page reached is scanned by axe-core and has its headers checked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseJourneyTests(BrowserFixture browser, WebHubFixture hub) : IClassFixture<WebHubFixture>
{
    private const string Clinic = "SE2321000016-7001";
    private const string ClinicName = "Vårdcentralen Ekorren";
    private const string Nurse = "SE2321000016-7101";
    private const string Resident = "199006022397";

    [Fact]
    [Trait("Rule", "CS3")]
    public async Task CaseRound_ResidentSendsWithPdfNurseAsksResidentAnswersNurseCloses_EveryStepInTheBrowser()
    {
        await hub.PutClinicAsync(Clinic, ClinicName);
        await hub.PutStaffAsync(Nurse, "Sara", "Sjuksköterska", [], (Clinic, ["admin", "receiver", "handler"]));
        await hub.PutPersonAsync(Resident, "Maja", "Demosson", listing: new { clinicId = Clinic, name = ClinicName });

        await using var nurse = await Visitor.OpenAsync(browser, hub);
        await LogInStaffAsync(nurse);
        await nurse.Page.GetByRole(AriaRole.Link, new() { Name = "Administrera mottagningen" }).ClickAsync();
        await nurse.ScanAsync();
        var renew = nurse.Page.Locator("form.case-type").Filter(new() { Has = nurse.Page.GetByRole(AriaRole.Heading, new() { Name = "Förnya recept" }) });
        await renew.GetByLabel("Aktiv").CheckAsync();
        await renew.GetByLabel("Invånare får bifoga filer").CheckAsync();
        await renew.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(nurse.Page.GetByText("Ändringen är sparad.")).ToBeVisibleAsync();

        await using var resident = await Visitor.OpenAsync(browser, hub);
        await LogInResidentAsync(resident, Resident);
        await Assertions.Expect(resident.Page.GetByRole(AriaRole.Heading, new() { Name = "Maja Demosson", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(resident.Page.GetByText($"Listad på {ClinicName}")).ToBeVisibleAsync();
        await resident.Page.GetByRole(AriaRole.Link, new() { Name = "Skriv till en mottagning" }).First.ClickAsync();
        await resident.ScanAsync();
        await resident.Page.GetByLabel("Sök mottagning").FillAsync("ekorr");
        await resident.Page.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await resident.ScanAsync();
        await resident.Page.GetByRole(AriaRole.Link, new() { Name = ClinicName }).ClickAsync();
        await resident.ScanAsync();
        await resident.Page.GetByRole(AriaRole.Link, new() { Name = "Förnya recept" }).ClickAsync();
        await resident.ScanAsync();

        // Sent empty first: the error stands beside the field it belongs to.
        await resident.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
        await Assertions.Expect(resident.Page.GetByText("Ärendet skickades inte")).ToBeVisibleAsync();
        await resident.ScanAsync();
        await Assertions.Expect(resident.Page.Locator("#f-medicines-fel")).ToBeVisibleAsync();

        await resident.Page.GetByLabel("Läkemedel").First.FillAsync("Levaxin 50 mikrogram");
        await resident.Page.GetByLabel("Bifoga filer").SetInputFilesAsync(Files.Pdf());
        await resident.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
        await Assertions.Expect(resident.Page.GetByText("Ditt ärende är skickat.")).ToBeVisibleAsync();
        await resident.ScanAsync();
        await Assertions.Expect(resident.Page.GetByRole(AriaRole.Link, new() { Name = "Förnya recept" })).ToBeVisibleAsync();

        // The nurse receives it, assigns it to herself and asks a counter-question.
        await nurse.GotoAsync("/personal");
        await nurse.Page.GetByRole(AriaRole.Link, new() { Name = "Ärenden" }).ClickAsync();
        await nurse.ScanAsync();
        await nurse.Page.GetByRole(AriaRole.Link, new() { Name = "Förnya recept" }).ClickAsync();
        await nurse.ScanAsync();
        await Assertions.Expect(nurse.Page.GetByRole(AriaRole.Link, new() { Name = "recept.pdf" })).ToBeVisibleAsync();
        await nurse.Page.GetByRole(AriaRole.Button, new() { Name = "Tilldela" }).ClickAsync();
        await Assertions.Expect(nurse.Page.GetByText("Ärendet är tilldelat.")).ToBeVisibleAsync();
        await nurse.ScanAsync();
        await nurse.Page.GetByLabel("Meddelande").FillAsync("Vilken dos tar du i dag, och hur mår du på den?");
        await nurse.Page.GetByRole(AriaRole.Button, new() { Name = "Motfråga" }).ClickAsync();
        await Assertions.Expect(nurse.Page.GetByText("Motfrågan är skickad till invånaren.")).ToBeVisibleAsync();

        // The resident's start page (HO3): where listed, a time the regional booking service booked, the case waiting for her.
        await hub.BookAppointmentAsync(Resident, Clinic, ClinicName, new DateTimeOffset(hub.Clock.GetUtcNow().UtcDateTime.Date.AddDays(9).AddHours(8).AddMinutes(30), TimeSpan.Zero), "Provtagning, fastande");
        await resident.GotoAsync("/");
        await Assertions.Expect(resident.Page.GetByText("Mottagningen väntar på ditt svar")).ToBeVisibleAsync();
        await Assertions.Expect(resident.Page.GetByText("Provtagning, fastande")).ToBeVisibleAsync();
        await resident.Page.ScreenshotAsync(new() { Path = Screenshots.PathOf("start-page.png"), FullPage = true });

        // She answers the counter-question.
        await resident.Page.GetByRole(AriaRole.Link, new() { Name = "Inkorg" }).First.ClickAsync();
        await resident.ScanAsync();
        await resident.Page.GetByRole(AriaRole.Link, new() { Name = "Förnya recept" }).ClickAsync();
        await resident.ScanAsync();
        await Assertions.Expect(resident.Page.GetByText("Vilken dos tar du i dag")).ToBeVisibleAsync();
        await resident.Page.GetByLabel("Ditt svar").FillAsync("50 mikrogram varje morgon, det går bra.");
        await resident.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();
        await Assertions.Expect(resident.Page.GetByText("Ditt svar är skickat.")).ToBeVisibleAsync();

        // The nurse reads the answer and closes the case.
        await nurse.Page.ReloadAsync();
        await Assertions.Expect(nurse.Page.GetByText("50 mikrogram varje morgon")).ToBeVisibleAsync();
        await nurse.ScanAsync();
        await nurse.Page.ScreenshotAsync(new() { Path = Screenshots.PathOf("staff-case.png"), FullPage = true });
        await nurse.Page.GetByRole(AriaRole.Button, new() { Name = "Avsluta ärendet" }).ClickAsync();
        await Assertions.Expect(nurse.Page.GetByText("Ärendet är avslutat.")).ToBeVisibleAsync();

        await resident.GotoAsync("/inkorg");
        await Assertions.Expect(resident.Page.GetByText("Avslutat")).ToBeVisibleAsync();

        // Settings: where notices of new messages go; then logout.
        await resident.Page.GetByRole(AriaRole.Link, new() { Name = "Inställningar" }).ClickAsync();
        await resident.Page.GetByLabel("Mobilnummer").FillAsync("070-123 45 67");
        await resident.Page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(resident.Page.GetByText("Dina inställningar är sparade.")).ToBeVisibleAsync();
        await Assertions.Expect(resident.Page.GetByLabel("Mobilnummer")).ToHaveValueAsync("+46701234567");
        await resident.ScanAsync();
        await resident.AssertNothingStoredButTheSessionCookieAsync();
        await resident.Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await Assertions.Expect(resident.Page.GetByText("Du är utloggad.")).ToBeVisibleAsync();
        await resident.GotoAsync("/inkorg");
        await Assertions.Expect(resident.Page.GetByRole(AriaRole.Button, new() { Name = "BankID" })).ToBeVisibleAsync();

        await nurse.AssertNothingStoredButTheSessionCookieAsync();
        await resident.AssertCleanAsync();
        await nurse.AssertCleanAsync();
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task Upload_ExeRenamedPdf_RefusedBesideTheFileInput()
    {
        await hub.PutClinicAsync(Clinic, ClinicName);
        await hub.PutStaffAsync(Nurse, "Sara", "Sjuksköterska", [], (Clinic, ["admin", "receiver", "handler"]));
        await hub.PutPersonAsync("191212121212", "Tolvan", "Tolvansson");
        await using var nurse = await Visitor.OpenAsync(browser, hub);
        await LogInStaffAsync(nurse);
        await nurse.GotoAsync($"/personal/mottagningar/{Clinic}/admin");
        var askNurse = nurse.Page.Locator("form.case-type").Filter(new() { Has = nurse.Page.GetByRole(AriaRole.Heading, new() { Name = "Fråga sjuksköterskan" }) });
        await askNurse.GetByLabel("Aktiv").CheckAsync();
        await askNurse.GetByLabel("Invånare får bifoga filer").CheckAsync();
        await askNurse.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(nurse.Page.GetByText("Ändringen är sparad.")).ToBeVisibleAsync();

        await using var resident = await Visitor.OpenAsync(browser, hub);
        await LogInResidentAsync(resident, "191212121212");
        await resident.GotoAsync($"/skriv/{Clinic}");
        await resident.Page.GetByRole(AriaRole.Link, new() { Name = "Fråga sjuksköterskan" }).ClickAsync();
        await resident.Page.GetByLabel("Din fråga").FillAsync("Kan jag ta värktabletter med min medicin?");
        await resident.Page.GetByLabel("Bifoga filer").SetInputFilesAsync(Files.ExeNamedPdf());
        await resident.Page.GetByRole(AriaRole.Button, new() { Name = "Skicka" }).ClickAsync();

        var error = resident.Page.Locator("#filer-fel");
        await Assertions.Expect(error).ToBeVisibleAsync();
        await Assertions.Expect(error).ToContainTextAsync("Filen är inte av en tillåten typ");
        await Assertions.Expect(resident.Page.GetByLabel("Bifoga filer")).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex("filer-fel"));
        await Assertions.Expect(resident.Page.GetByLabel("Din fråga")).ToHaveValueAsync("Kan jag ta värktabletter med min medicin?");
        await resident.ScanAsync();
        await resident.AssertCleanAsync();
    }

    private static async Task LogInStaffAsync(Visitor staff)
    {
        await staff.GotoAsync("/personal");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "SITHS-kort" }).ClickAsync();
        await staff.ScanAsync();
        await staff.Page.GetByLabel("HSA-id").FillAsync(Nurse);
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(staff.Page.GetByRole(AriaRole.Heading, new() { Name = "Dina mottagningar" })).ToBeVisibleAsync();
        await staff.ScanAsync();
    }

    internal static async Task LogInResidentAsync(Visitor resident, string personnummer, string method = "BankID")
    {
        await resident.GotoAsync("/");
        await resident.Page.GetByRole(AriaRole.Button, new() { Name = method }).ClickAsync();
        await resident.ScanAsync();
        await resident.Page.GetByLabel("Personnummer").FillAsync(personnummer);
        await resident.Page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(resident.Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" })).ToBeVisibleAsync();
        await resident.ScanAsync();
    }
}

using IntegrationHub.Browser.Tests.Cases;
using IntegrationHub.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationHub.Browser.Tests.Proxies;

/// <summary>
/// The Ombud section and the age limits as a guardian and young residents meet them: adding a child and acting for it
/// (with the way back on every page), the proxy ending on the child's 13th birthday on the simulated clock with the reason
/// shown, and the journal link that a 16-year-old has and a 15-year-old is told why not.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProxyPageTests(BrowserFixture browser, WebHubFixture hub) : IClassFixture<WebHubFixture>
{
    private const string Guardian = "196101182803";

    [Fact]
    [Trait("Rule", "PX5")]
    public async Task Ombud_GuardianAddsChildActsForItAndTheThirteenthBirthdayEndsIt_ReasonShown()
    {
        var today = DateOnly.FromDateTime(hub.Clock.GetUtcNow().UtcDateTime);
        var child = Numbers.Personnummer(today.AddYears(-13).AddDays(2), 238);
        await hub.PutPersonAsync(Guardian, "Gunilla", "Vårdnadshavare");
        await hub.PutPersonAsync(child, "Kim", "Vårdnadshavare", guardians: [Guardian]);

        await using var guardian = await Visitor.OpenAsync(browser, hub);
        await CaseJourneyTests.LogInResidentAsync(guardian, Guardian, "Freja eID+");
        var ombud = guardian.Page.Locator("#ombudsdel");
        await ombud.GetByLabel("Barnets personnummer").FillAsync(child);
        await ombud.GetByRole(AriaRole.Button, new() { Name = "Lägg till barn" }).ClickAsync();
        await Assertions.Expect(guardian.Page.GetByText("Barnet är tillagt.")).ToBeVisibleAsync();
        await guardian.ScanAsync();
        await Assertions.Expect(guardian.Page.GetByText("Din ombudsbehörighet för Kim Vårdnadshavare upphör")).ToBeVisibleAsync();

        // Choosing the child's name enters proxy mode; every page then says so and leads back.
        await ombud.GetByRole(AriaRole.Button, new() { Name = "Kim Vårdnadshavare" }).ClickAsync();
        await Assertions.Expect(guardian.Page.GetByRole(AriaRole.Heading, new() { Name = "Kim Vårdnadshavare", Level = 1 })).ToBeVisibleAsync();
        await guardian.ScanAsync();
        await guardian.Page.GetByRole(AriaRole.Link, new() { Name = "Inställningar" }).ClickAsync();
        await Assertions.Expect(guardian.Page.GetByText("Du använder e-tjänsterna som ombud för")).ToBeVisibleAsync();
        await guardian.ScanAsync();
        await guardian.Page.GetByRole(AriaRole.Button, new() { Name = "Tillbaka till ditt eget konto" }).ClickAsync();
        await Assertions.Expect(guardian.Page.GetByRole(AriaRole.Heading, new() { Name = "Gunilla Vårdnadshavare", Level = 1 })).ToBeVisibleAsync();

        // Two days on, the child turns 13 at midnight in Stockholm: the relationship ends by itself (PX5). Two idle days
        // ended the session too (ID5), so the guardian logs in again.
        await hub.SetClockAsync(hub.Clock.GetUtcNow().AddDays(2).AddHours(1));
        await guardian.GotoAsync("/");
        await Assertions.Expect(guardian.Page.GetByRole(AriaRole.Heading, new() { Name = "Logga in på 1177 e-tjänster" })).ToBeVisibleAsync();
        await CaseJourneyTests.LogInResidentAsync(guardian, Guardian);
        await Assertions.Expect(ombud.GetByRole(AriaRole.Button, new() { Name = "Kim Vårdnadshavare" })).ToHaveCountAsync(0);
        await Assertions.Expect(ombud.GetByText("Kim Vårdnadshavare: du är inte längre ombud, barnet har fyllt 13 år")).ToBeVisibleAsync();

        await guardian.AssertNothingStoredButTheSessionCookieAsync();
        await guardian.AssertCleanAsync();
    }

    [Fact]
    [Trait("Rule", "YT1")]
    public async Task StartPage_SixteenYearOldSeesTheJournalLink_FifteenYearOldSeesWhyNot()
    {
        var today = DateOnly.FromDateTime(hub.Clock.GetUtcNow().UtcDateTime);
        var sixteen = Numbers.Personnummer(today.AddYears(-16).AddDays(-3), 457);
        var fifteen = Numbers.Personnummer(today.AddYears(-16).AddDays(3), 468);
        await hub.PutPersonAsync(sixteen, "Sixten", "Sexton");
        await hub.PutPersonAsync(fifteen, "Femke", "Femton");

        await using var older = await Visitor.OpenAsync(browser, hub);
        await CaseJourneyTests.LogInResidentAsync(older, sixteen);
        await Assertions.Expect(older.Page.GetByRole(AriaRole.Link, new() { Name = "Journalen" })).ToBeVisibleAsync();
        await Assertions.Expect(older.Page.GetByRole(AriaRole.Link, new() { Name = "Läkemedel" })).ToHaveCountAsync(0);
        await Assertions.Expect(older.Page.GetByText("Du kan använda läkemedel från 18 års ålder.")).ToBeVisibleAsync();

        await using var younger = await Visitor.OpenAsync(browser, hub);
        await CaseJourneyTests.LogInResidentAsync(younger, fifteen);
        await Assertions.Expect(younger.Page.GetByRole(AriaRole.Link, new() { Name = "Journalen" })).ToHaveCountAsync(0);
        await Assertions.Expect(younger.Page.GetByText("Du kan använda journalen från 16 års ålder.")).ToBeVisibleAsync();

        await older.AssertCleanAsync();
        await younger.AssertCleanAsync();
    }
}

using IntegrationHub.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationHub.Browser.Tests.Staff;

/// <summary>
/// The staff tool's lock workflow in the browser: a unit head files and decides a lock, the central support executes it and
/// is told that the journal is not sealed (LK1), looks the resident up (ST1: locked, protected identity) and reads the
/// register (LK5).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LockPageTests(BrowserFixture browser, WebHubFixture hub) : IClassFixture<WebHubFixture>
{
    private const string Head = "SE2321000016-9001";
    private const string Central = "SE2321000016-9002";
    private const string Resident = "199006022397";

    [Fact]
    [Trait("Rule", "LK1")]
    [Trait("Rule", "ST1")]
    public async Task Lock_FiledDecidedExecuted_WarnsOfTheJournalAndTheLookupShowsTheLock()
    {
        await hub.PutStaffAsync(Head, "Ulla", "Chef", ["unit-head"]);
        await hub.PutStaffAsync(Central, "Cecilia", "Central", ["central-support"]);
        await hub.PutPersonAsync(Resident, "Maja", "Demosson", protection: "sekretessmarkering");

        await using var head = await Visitor.OpenAsync(browser, hub);
        await LogInAsync(head, Head);
        await head.Page.GetByRole(AriaRole.Link, new() { Name = "Spärrar" }).First.ClickAsync();
        await head.ScanAsync();
        var request = head.Page.Locator("form").Filter(new() { Has = head.Page.GetByRole(AriaRole.Button, new() { Name = "Registrera begäran" }) }).First;
        await request.GetByLabel("Invånarens personnummer").FillAsync(Resident);
        await request.GetByLabel("Skäl", new() { Exact = true }).SelectOptionAsync("violence");
        await request.GetByRole(AriaRole.Button, new() { Name = "Registrera begäran" }).ClickAsync();
        var registered = head.Page.GetByRole(AriaRole.Status);
        await Assertions.Expect(registered).ToContainTextAsync("Begäran om spärr är registrerad.");
        var id = System.Text.RegularExpressions.Regex.Match(await registered.InnerTextAsync(), "id: ([0-9a-f]{32})").Groups[1].Value;
        await head.ScanAsync();

        await head.Page.GetByLabel("Begärans id").First.FillAsync(id);
        await head.Page.GetByLabel("Godkänn").CheckAsync();
        await head.Page.GetByRole(AriaRole.Button, new() { Name = "Registrera beslut" }).ClickAsync();
        await Assertions.Expect(head.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Beslutet är registrerat.");

        // The unit head may not execute; the central support may.
        await head.Page.GetByLabel("Begärans id").Nth(1).FillAsync(id);
        await head.Page.GetByRole(AriaRole.Button, new() { Name = "Verkställ" }).ClickAsync();
        await Assertions.Expect(head.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Du har inte behörighet att verkställa");
        await head.ScanAsync();

        await using var central = await Visitor.OpenAsync(browser, hub);
        await LogInAsync(central, Central);
        await central.GotoAsync("/personal/sparrar");
        await central.Page.GetByLabel("Begärans id").Nth(1).FillAsync(id);
        await central.Page.GetByRole(AriaRole.Button, new() { Name = "Verkställ" }).ClickAsync();
        await Assertions.Expect(central.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Spärren är verkställd.");
        await Assertions.Expect(central.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("journal");
        await central.ScanAsync();

        await central.Page.GetByLabel("Personnummer").Last.FillAsync(Resident);
        await central.Page.GetByRole(AriaRole.Button, new() { Name = "Visa registret" }).ClickAsync();
        await Assertions.Expect(central.Page.GetByRole(AriaRole.Table)).ToContainTextAsync(Head);

        await central.Page.GetByRole(AriaRole.Link, new() { Name = "Sök invånare" }).ClickAsync();
        await central.Page.GetByLabel("Personnummer").FillAsync(Resident);
        await central.Page.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await Assertions.Expect(central.Page.GetByText("Spärrad")).ToBeVisibleAsync();
        await Assertions.Expect(central.Page.GetByRole(AriaRole.Img, new() { Name = "Skyddade personuppgifter" })).ToBeVisibleAsync();
        await central.ScanAsync();

        await central.Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await Assertions.Expect(central.Page.GetByRole(AriaRole.Button, new() { Name = "SITHS-kort" })).ToBeVisibleAsync();
        await head.AssertCleanAsync();
        await central.AssertCleanAsync();
    }

    private static async Task LogInAsync(Visitor staff, string hsaId)
    {
        await staff.GotoAsync("/personal");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "SITHS-kort" }).ClickAsync();
        await staff.Page.GetByLabel("HSA-id").FillAsync(hsaId);
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(staff.Page.GetByRole(AriaRole.Heading, new() { Name = "Dina mottagningar" })).ToBeVisibleAsync();
        await staff.ScanAsync();
    }
}

using System.Net.Http.Json;
using IntegrationHub.Browser.Tests.Cases;
using IntegrationHub.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IntegrationHub.Browser.Tests.Login;

/// <summary>Refusals at login shown in words, never as raw JSON (ID1, ID4).</summary>
[Collection(BrowserCollection.Name)]
public sealed class LoginPageTests(BrowserFixture browser, WebHubFixture hub) : IClassFixture<WebHubFixture>
{
    [Fact]
    [Trait("Rule", "ID4")]
    public async Task Login_LockedResident_RefusalInWords()
    {
        const string resident = "200001052380";
        await hub.PutPersonAsync(resident, "Lova", "Låst");
        await LockAsync(resident);

        await using var visitor = await Visitor.OpenAsync(browser, hub);
        await visitor.GotoAsync("/");
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "BankID" }).ClickAsync();
        await visitor.Page.GetByLabel("Personnummer").FillAsync(resident);
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Det går inte att logga in på det här kontot.");
        await Assertions.Expect(visitor.Page.GetByText("login_refused")).ToHaveCountAsync(0);
        await visitor.ScanAsync();
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" })).ToHaveCountAsync(0);
        await visitor.AssertCleanAsync();
    }

    [Fact]
    [Trait("Rule", "ID1")]
    public async Task Login_Samordningsnummer_ExplainedInWords()
    {
        await using var visitor = await Visitor.OpenAsync(browser, hub);
        await visitor.GotoAsync("/");
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Freja eID+" }).ClickAsync();
        await visitor.Page.GetByLabel("Personnummer").FillAsync("196109732393");
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Du kan inte logga in med ett samordningsnummer.");
        await visitor.ScanAsync();
        await visitor.AssertNothingStoredButTheSessionCookieAsync();
        await visitor.AssertCleanAsync();
    }

    /// <summary>A lock as staff make one: a request, a decision by the unit head, execution by the central support (LK2–LK4).</summary>
    private async Task LockAsync(string resident)
    {
        await hub.PutStaffAsync("SE2321000016-8001", "Ulla", "Chef", ["unit-head"]);
        await hub.PutStaffAsync("SE2321000016-8002", "Cecilia", "Central", ["central-support"]);
        using var head = await StaffHttp.LoggedInAsync(hub, "SE2321000016-8001");
        using var created = await head.PostAsJsonAsync("/staff/lock-requests", new { personnummer = resident, origin = "staff", reason = "violence" });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        using var decided = await head.PostAsJsonAsync($"/staff/lock-requests/{id}/decision", new { approve = true });
        decided.EnsureSuccessStatusCode();
        using var central = await StaffHttp.LoggedInAsync(hub, "SE2321000016-8002");
        using var executed = await central.PostAsync(new Uri($"/staff/lock-requests/{id}/execute", UriKind.Relative), null);
        executed.EnsureSuccessStatusCode();
    }
}

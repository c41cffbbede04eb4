using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Proxies;

/// <summary>What a guardian may reach for a child in proxy mode: hop-outs, the child's lock and the journal's guardian block.</summary>
public sealed class ProxyAccessTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "PX4")]
    [Trait("Rule", "HO2")]
    public async Task HopOut_ServiceNotAdaptedForProxies_Answers403ServiceNotForProxy()
    {
        var family = await (await ProxyFamily.CreateAsync(fixture)).ActingForChildAsync();

        using var medications = await family.Guardian.HopAsync("medications", "/list");
        using var journal = await family.Guardian.HopAsync("journal", "/notes");

        await ProblemAssert.HasCodeAsync(medications, HttpStatusCode.Forbidden, "service_not_for_proxy");
        Assert.Equal(HttpStatusCode.OK, journal.StatusCode);
        var capabilities = (await family.Guardian.GetJsonAsync("/api/me")).GetProperty("capabilities");
        Assert.True(capabilities.GetProperty("journal").GetBoolean());
        Assert.False(capabilities.GetProperty("medications").GetBoolean());
        Assert.False(capabilities.GetProperty("proxy").GetBoolean());
    }

    [Fact]
    [Trait("Rule", "PX3")]
    [Trait("Rule", "HO1")]
    public async Task HopOut_InProxyMode_AssertionNamesTheChildAndTheGuardianActing()
    {
        var family = await (await ProxyFamily.CreateAsync(fixture)).ActingForChildAsync();

        using var response = await family.Guardian.HopAsync("journal", "/notes");

        var headers = await HubClientExtensions.EchoedHeadersAsync(response);
        var payload = CompactJws.Payload(headers["X-Hub-Assertion"]);
        Assert.Equal(family.Child, payload["sub"]!.GetValue<string>());
        Assert.Equal(family.GuardianNumber, payload["act"]!.GetValue<string>());
    }

    [Fact]
    [Trait("Rule", "PX9")]
    [Trait("Rule", "LK12")]
    public async Task ProxyMode_ChildLocked_RefusesProxyUseButNotTheJournal()
    {
        var family = await (await ProxyFamily.CreateAsync(fixture)).ActingForChildAsync();
        await LockAsync(family.Child);

        using var me = await family.Guardian.GetAsync("/api/me");
        using var journal = await family.Guardian.HopAsync("journal", "/notes");
        using var samples = await family.Guardian.HopAsync("samples", "/");

        await ProblemAssert.HasCodeAsync(me, HttpStatusCode.Forbidden, "account_locked");
        Assert.Equal(HttpStatusCode.OK, journal.StatusCode);
        await ProblemAssert.HasCodeAsync(samples, HttpStatusCode.Forbidden, "account_locked");

        using var back = await family.Guardian.Http.DeleteAsync(new Uri("/api/acting-as", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, back.StatusCode);
        using var again = await family.ActForChildAsync();
        await ProblemAssert.HasCodeAsync(again, HttpStatusCode.Forbidden, "account_locked");
        await family.Guardian.AssertOkAsync("/api/me");
    }

    [Fact]
    [Trait("Rule", "JR2")]
    [Trait("Rule", "HO2")]
    public async Task JournalHopOut_GuardianBlocked_Answers403GuardianBlockedInProxyModeOnly()
    {
        var family = await (await ProxyFamily.CreateAsync(fixture)).ActingForChildAsync();
        Assert.True(await JournalConsents.PostAsync(
            family.Guardian,
            JournalConsents.GuardianBlock(family.Child, family.GuardianNumber, JournalConsents.NewId(), fixture.Clock.GetUtcNow())));

        using var blocked = await family.Guardian.HopAsync("journal", "/notes");

        await ProblemAssert.HasCodeAsync(blocked, HttpStatusCode.Forbidden, "guardian_blocked");
        Assert.False((await family.Guardian.GetJsonAsync("/api/me")).GetProperty("capabilities").GetProperty("journal").GetBoolean());
        using (await family.Guardian.Http.DeleteAsync(new Uri("/api/acting-as", UriKind.Relative)))
        {
        }

        using var own = await family.Guardian.HopAsync("journal", "/notes");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    /// <summary>Locks the account through the workflow of API.md: a physician of the home region decides, central support executes.</summary>
    private async Task LockAsync(string personnummer)
    {
        var physician = TestPeople.HsaId();
        var support = TestPeople.HsaId();
        using var physicianBrowser = fixture.NewClient();
        using var supportBrowser = fixture.NewClient();
        await physicianBrowser.PutStaffAsync(physician, "01", ["patient-responsible-physician"]);
        await supportBrowser.PutStaffAsync(support, "01", ["central-support"]);
        await physicianBrowser.LoggedInStaffAsync(physician);
        await supportBrowser.LoggedInStaffAsync(support);
        using var created = await physicianBrowser.PostAsync("/staff/lock-requests", new { personnummer, origin = "staff", reason = "child-integrity" });
        var id = (await ProblemAssert.JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetString();
        using var decided = await physicianBrowser.PostAsync($"/staff/lock-requests/{id}/decision", new { approve = true });
        Assert.Equal(HttpStatusCode.NoContent, decided.StatusCode);
        using var executed = await supportBrowser.Http.PostAsync(new Uri($"/staff/lock-requests/{id}/execute", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, executed.StatusCode);
    }
}

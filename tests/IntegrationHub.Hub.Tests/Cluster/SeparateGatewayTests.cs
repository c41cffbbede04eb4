using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Simulators.Hsa;
using IntegrationHub.Simulators.PopulationRegistry;

namespace IntegrationHub.Hub.Tests.Cluster;

/// <summary>The gateway as its own process in front of silos on one PostgreSQL: sessions, forwarding, and a lock seen everywhere.</summary>
public sealed class SeparateGatewayTests(SeparateGatewayCluster cluster) : IClassFixture<SeparateGatewayCluster>
{
    [Fact]
    [Trait("Rule", "LK1")]
    [Trait("Rule", "LK10")]
    public async Task Lock_ExecutedThroughGatewayB_NextRequestThroughGatewayAIsRefused()
    {
        var resident = TestPeople.AgedAt(30, DateTimeOffset.UtcNow);
        cluster.Fleet.PopulationRegistry.PutPerson(new SimulatedPerson { Personnummer = resident, GivenName = "Ada", FamilyName = "Lund", Region = "03" });
        using var residentBrowser = Browser(cluster.GatewayA);
        await LogInAsync(residentBrowser, "/auth/resident/login", cluster.Fleet.IdentityProvider.SignResident(resident, "bankid"));
        Assert.Equal(HttpStatusCode.OK, (await residentBrowser.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);

        var physician = TestPeople.HsaId();
        var support = TestPeople.HsaId();
        cluster.Fleet.Hsa.PutStaff(new SimulatedStaffMember(physician, "Per", "Läkare", "03", ["patient-responsible-physician"], []));
        cluster.Fleet.Hsa.PutStaff(new SimulatedStaffMember(support, "Cia", "Central", "03", ["central-support"], []));
        using var physicianBrowser = Browser(cluster.GatewayB);
        using var supportBrowser = Browser(cluster.GatewayB);
        await LogInAsync(physicianBrowser, "/auth/staff/login", cluster.Fleet.IdentityProvider.SignStaff(physician));
        await LogInAsync(supportBrowser, "/auth/staff/login", cluster.Fleet.IdentityProvider.SignStaff(support));

        using var created = await physicianBrowser.PostAsJsonAsync("/staff/lock-requests", new { personnummer = resident, origin = "staff", reason = "violence" });
        var id = (await ProblemAssert.JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetString();
        using var decided = await physicianBrowser.PostAsJsonAsync($"/staff/lock-requests/{id}/decision", new { approve = true });
        Assert.Equal(HttpStatusCode.NoContent, decided.StatusCode);
        using var executed = await supportBrowser.PostAsync(new Uri($"/staff/lock-requests/{id}/execute", UriKind.Relative), null);
        Assert.Equal("executed", (await ProblemAssert.JsonAsync(executed, HttpStatusCode.OK)).GetProperty("status").GetString());

        // One activation of the session and of the account in the whole cluster: the very next request is refused, on any gateway.
        using var next = await residentBrowser.GetAsync(new Uri("/api/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, next.StatusCode);

        using var again = await residentBrowser.PostAsJsonAsync("/auth/resident/login", new { assertion = cluster.Fleet.IdentityProvider.SignResident(resident, "bankid") });
        await ProblemAssert.HasCodeAsync(again, HttpStatusCode.Forbidden, "login_refused");
    }

    [Fact]
    [Trait("Rule", "SEC3")]
    public async Task Silo_ServesNoApi_OnlyHealth()
    {
        // Gateways reach grains as Orleans clients: a silo has no HTTP API that a captured request could be replayed at.
        using var direct = new HttpClient { BaseAddress = new Uri(cluster.SiloA.Urls.First()) };
        using var api = await direct.GetAsync(new Uri("/api/me", UriKind.Relative));
        using var live = await direct.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    [Trait("Rule", "HO1")]
    public async Task SeparateGateway_ResidentSession_ReachesApiAndHopOut()
    {
        var resident = TestPeople.AgedAt(20, DateTimeOffset.UtcNow);
        cluster.Fleet.PopulationRegistry.PutPerson(new SimulatedPerson { Personnummer = resident, GivenName = "Bo", FamilyName = "Ek", Region = "01" });
        using var browser = Browser(cluster.GatewayB);
        await LogInAsync(browser, "/auth/resident/login", cluster.Fleet.IdentityProvider.SignResident(resident, "freja-eid-plus"));

        var me = await browser.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("Bo Ek", me.GetProperty("name").GetString());
        using var hop = await browser.GetAsync(new Uri("/hop/samples/results", UriKind.Relative));
        var echoed = await ProblemAssert.JsonAsync(hop, HttpStatusCode.OK);
        Assert.True(echoed.TryGetProperty("X-Hub-Assertion", out _));
        Assert.False(echoed.TryGetProperty("Cookie", out _));
    }

    private static HttpClient Browser(Uri gateway) =>
        new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = gateway };

    private static async Task LogInAsync(HttpClient browser, string path, string assertion)
    {
        using var response = await browser.PostAsJsonAsync(path, new { assertion });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace IntegrationHub.Silo.Tests.Cluster;

/// <summary>
/// LK1 against the deadlock the home-made runtime had: the account ends the resident's sessions while those sessions are
/// asking the account about each request. The lock must answer at once and the next request be refused on every gateway.
/// </summary>
public sealed class LockInFlightTests(HubTestCluster cluster) : IClassFixture<HubTestCluster>
{
    // Far above a lock's round trip and far below the 30 s call time-out a deadlock ends in: a bound, not a measurement.
    private static readonly TimeSpan Deadlocked = TimeSpan.FromSeconds(15);

    [Fact]
    [Trait("Rule", "LK1")]
    [Trait("Rule", "ID4")]
    public async Task Lock_ExecutedWhileResidentRequestsAreInFlight_AnswersWithoutDeadlock_NextRequestRefusedEverywhere()
    {
        var desk = new ClusterDesk(cluster);
        var a = await cluster.StartGatewayAsync();
        var b = await cluster.StartGatewayAsync();
        var personnummer = desk.Resident(region: "03");
        using var resident = new ClusterBrowser(cluster.Fleet);
        await resident.LogInResidentAsync(a, personnummer);
        using var sameSession = new ClusterBrowser(cluster.Fleet);
        sameSession.Cookies.Add(resident.Cookies.GetAllCookies());

        using var physician = new ClusterBrowser(cluster.Fleet);
        using var support = new ClusterBrowser(cluster.Fleet);
        await physician.LogInStaffAsync(b, desk.Staff("03", ["patient-responsible-physician"]));
        await support.LogInStaffAsync(b, desk.Staff("03", ["central-support"]));
        using var filed = await physician.PostJsonAsync(b, "/staff/lock-requests", new { personnummer, origin = "staff", reason = "violence" });
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using (var decided = await physician.PostJsonAsync(b, $"/staff/lock-requests/{id}/decision", new { approve = true }))
        {
            Assert.Equal(HttpStatusCode.NoContent, decided.StatusCode);
        }

        // The resident's browser keeps both gateways busy while the lock is executed.
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 8).Select(i => KeepAskingAsync(i % 2 == 0 ? a : b, stop.Token)).ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        using var answered = new CancellationTokenSource(Deadlocked);
        using var executed = await support.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(b, $"/staff/lock-requests/{id}/execute")), answered.Token);
        Assert.Equal(HttpStatusCode.OK, executed.StatusCode);
        Assert.Equal("executed", (await executed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await stop.CancelAsync();
        await Task.WhenAll(load);

        using var throughA = await resident.GetAsync(a, "/api/me");
        using var throughB = await sameSession.GetAsync(b, "/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, throughA.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, throughB.StatusCode);

        async Task KeepAskingAsync(Uri gateway, CancellationToken cancellationToken)
        {
            using var browser = new ClusterBrowser(cluster.Fleet);
            browser.Cookies.Add(resident.Cookies.GetAllCookies());
            while (!cancellationToken.IsCancellationRequested)
            {
                using var response = await browser.GetAsync(gateway, "/api/me", CancellationToken.None);
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    return;
                }
            }
        }
    }
}

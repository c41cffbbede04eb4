using System.Net;
using IntegrationHub.Simulators.PopulationRegistry;

namespace IntegrationHub.Silo.Tests.Cluster;

public sealed class ClusterSmokeTests(HubTestCluster cluster) : IClassFixture<HubTestCluster>
{
    [Fact]
    [Trait("Rule", "ID3")]
    public async Task Login_ThroughOneGateway_SessionServedByAnother()
    {
        var a = await cluster.StartGatewayAsync();
        var b = await cluster.StartGatewayAsync();
        var resident = TestPeople.AgedAt(30, cluster.Clock.GetUtcNow());
        cluster.Fleet.PopulationRegistry.PutPerson(new SimulatedPerson { Personnummer = resident, GivenName = "Ada", FamilyName = "Lund", Region = "01" });
        using var browser = new ClusterBrowser(cluster.Fleet);

        await browser.LogInResidentAsync(a, resident);
        using var me = await browser.GetAsync(b, "/api/me");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }
}

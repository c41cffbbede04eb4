using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Grains.Contracts.Cases;
using Orleans.Runtime;

namespace IntegrationHub.Silo.Tests.Cluster;

/// <summary>Attachments live in the store, not on a node: a file uploaded through one gateway outlives the silo that took it.</summary>
public sealed class AttachmentFailoverTests(HubTestCluster cluster) : IClassFixture<HubTestCluster>
{
    [Fact]
    [Trait("Rule", "SEC1")]
    [Trait("Rule", "CS5")]
    public async Task Attachment_UploadedThroughOneGateway_DownloadedThroughAnotherAfterItsSiloDied()
    {
        var desk = new ClusterDesk(cluster);
        var a = await cluster.StartGatewayAsync();
        var b = await cluster.StartGatewayAsync();
        var (clinic, staff) = await desk.ClinicAsync(a);
        using var _ = staff;
        var personnummer = desk.Resident();
        using var resident = new ClusterBrowser(cluster.Fleet);
        await resident.LogInResidentAsync(a, personnummer);
        var pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray().Concat(new byte[300_000]).ToArray();

        using var created = await ClusterDesk.SubmitAsync(resident, a, clinic, "Se bifogat intyg", Guid.NewGuid().ToString("N"), ("intyg.pdf", pdf));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var caseId = await ClusterDesk.IdOfAsync(created);
        var host = desk.HostOf(cluster.Cluster.Client.GetGrain<ICaseGrain>(caseId).GetGrainId());
        Assert.NotNull(host);
        await cluster.Cluster.KillSiloAsync(host);

        using var read = await ClusterDesk.UntilAnsweredAsync(() => resident.GetAsync(b, $"/api/cases/{caseId}"));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var attachment = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messages")[0].GetProperty("attachments")[0].GetProperty("id").GetString();
        using var download = await ClusterDesk.UntilAnsweredAsync(() => resident.GetAsync(b, $"/api/cases/{caseId}/attachments/{attachment}"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
    }
}

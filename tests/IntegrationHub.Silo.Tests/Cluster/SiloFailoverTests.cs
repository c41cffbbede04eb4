using System.Net;
using System.Net.Http.Json;
using IntegrationHub.Grains.Contracts.Accounts;
using Orleans.Runtime;

namespace IntegrationHub.Silo.Tests.Cluster;

/// <summary>
/// A silo dies (killed, no goodbye) while a resident's requests run through two gateways: the resident's grains come
/// back on the other silo, every write the hub acknowledged is there, and nothing reaches its receiver twice.
/// </summary>
public sealed class SiloFailoverTests(HubTestCluster cluster) : IClassFixture<HubTestCluster>
{
    private const int WritesBefore = 6;
    private const int WritesAfter = 6;

    [Fact]
    [Trait("Rule", "CS9")]
    [Trait("Rule", "SEC1")]
    public async Task SiloKilled_WhileResidentRequestsRun_GrainsMove_AcknowledgedWritesStay_NothingDeliveredTwice()
    {
        var desk = new ClusterDesk(cluster);
        var a = await cluster.StartGatewayAsync();
        var b = await cluster.StartGatewayAsync();
        var (clinic, staff) = await desk.ClinicAsync(a);
        using var _ = staff;
        var personnummer = desk.Resident();
        using var resident = new ClusterBrowser(cluster.Fleet);
        await resident.LogInResidentAsync(a, personnummer);
        var mobile = "+4670" + personnummer[^7..];
        using (var contacts = await resident.PutJsonAsync(b, "/api/me/settings", new { mobile }))
        {
            Assert.Equal(HttpStatusCode.NoContent, contacts.StatusCode);
        }

        var submitted = new List<string>();
        var messages = new List<string>();
        await WriteAsync(WritesBefore);

        var host = desk.HostOf(cluster.Grains.Account(personnummer).GetGrainId());
        Assert.NotNull(host);
        await cluster.Cluster.KillSiloAsync(host);

        // The requests go on through both gateways; those in flight on the dead silo may fail, the rest must not.
        await WriteAsync(WritesAfter);

        var movedTo = desk.HostOf(cluster.Grains.Account(personnummer).GetGrainId());
        Assert.NotNull(movedTo);
        Assert.NotEqual(host.SiloAddress, movedTo.SiloAddress);
        var inbox = await ClusterDesk.InboxAsync(resident, b);
        Assert.All(submitted.Concat(messages), id => Assert.Contains(id, inbox));
        using (var me = await resident.GetAsync(a, "/api/me"))
        {
            Assert.Equal(mobile, (await me.Content.ReadFromJsonAsync<MeView>())!.Contacts.Mobile);
        }

        // One contentless notice per clinic message that committed, each sent once: the outbox may retry, the gateway
        // takes each notice once by its id, and a retry after the silo's death must not make a second one.
        var committedMessages = inbox.Count(id => !submitted.Contains(id));
        var notices = await WaitForNoticesAsync(mobile, committedMessages);
        Assert.Equal(committedMessages, notices);
        Assert.True(committedMessages >= messages.Count);

        async Task WriteAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var gateway = i % 2 == 0 ? a : b;
                var key = Guid.NewGuid().ToString("N");
                using (var created = await ClusterDesk.UntilAnsweredAsync(() => ClusterDesk.SubmitAsync(resident, gateway, clinic, $"Fråga {key}", key)))
                {
                    Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                    submitted.Add(await ClusterDesk.IdOfAsync(created));
                }

                // Not idempotent: a staff message counts only when the hub said 201.
                try
                {
                    using var sent = await staff.PostJsonAsync(gateway, "/staff/messages", new { personnummer, clinicId = clinic, subject = "Svar", text = $"Meddelande {i}" });
                    if (sent.StatusCode == HttpStatusCode.Created)
                    {
                        messages.Add(await ClusterDesk.IdOfAsync(sent));
                    }
                }
                catch (HttpRequestException)
                {
                }
            }
        }
    }

    private async Task<int> WaitForNoticesAsync(string mobile, int expected)
    {
        // Delivery is asynchronous; a batch the dead silo had claimed waits for its lease, effects it owed for recovery.
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(120);
        while (true)
        {
            var count = cluster.Fleet.Notifications.Messages.Count(m => m.To == mobile);
            if (count >= expected || DateTimeOffset.UtcNow > deadline)
            {
                // A moment more, so that a duplicate still on its way would be seen.
                await Task.Delay(TimeSpan.FromSeconds(1));
                return cluster.Fleet.Notifications.Messages.Count(m => m.To == mobile);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }
}

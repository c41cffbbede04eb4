namespace IntegrationHub.Silo.Tests.Cluster;

/// <summary>Durable reminders on the ADO.NET reminder table with two silos: once each, and after a restart of all.</summary>
public sealed class ReminderTests(HubTestCluster cluster) : IClassFixture<HubTestCluster>
{
    [Fact]
    public async Task Reminder_DueWhileTwoSilosRun_FiresOnce()
    {
        var probe = cluster.Cluster.Client.GetGrain<IReminderProbeGrain>(Guid.NewGuid().ToString("N"));

        await probe.ArmAsync(TimeSpan.FromSeconds(2));
        var fired = await FiredAsync(probe, TimeSpan.FromSeconds(60));

        // Given the time for a second firing, on either silo, there is none.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(fired);
        Assert.Single(await probe.FiredAsync());
    }

    [Fact]
    public async Task Reminder_DueWhileEverySiloIsDown_FiresAfterRestart()
    {
        var key = Guid.NewGuid().ToString("N");
        await cluster.Cluster.Client.GetGrain<IReminderProbeGrain>(key).ArmAsync(TimeSpan.FromSeconds(5));

        foreach (var silo in cluster.Cluster.Silos.ToList())
        {
            await cluster.Cluster.KillSiloAsync(silo);
        }

        // Past the reminder's due time with no silo at all.
        await Task.Delay(TimeSpan.FromSeconds(8));
        await cluster.Cluster.StartAdditionalSiloAsync();
        await cluster.Cluster.StartAdditionalSiloAsync();

        var fired = await FiredAsync(cluster.Cluster.Client.GetGrain<IReminderProbeGrain>(key), TimeSpan.FromSeconds(90));
        Assert.Single(fired);
    }

    private static async Task<IReadOnlyList<DateTime>> FiredAsync(IReminderProbeGrain probe, TimeSpan patience)
    {
        var deadline = DateTimeOffset.UtcNow + patience;
        while (true)
        {
            try
            {
                var fired = await probe.FiredAsync();
                if (fired.Count > 0 || DateTimeOffset.UtcNow > deadline)
                {
                    return fired;
                }
            }
            catch (Exception) when (DateTimeOffset.UtcNow < deadline)
            {
                // The client finds the new silos through the membership table.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}

using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Cases;
using IntegrationHub.Grains.Hosting;
using IntegrationHub.Identity;
using IntegrationHub.Simulators.PopulationRegistry;
using IntegrationHub.Store.Indexes;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Silo.Tests.Cluster;

/// <summary>PX6 with two silos: both run the day's work at once, and each notice still reaches each inbox exactly once.</summary>
public sealed class BirthdayWorkTests(HubTestCluster cluster) : IClassFixture<HubTestCluster>
{
    [Fact]
    [Trait("Rule", "PX6")]
    public async Task ThreeMonthNotice_BothSilosRunTheDaysWorkAtOnce_EachInboxGetsItOnce()
    {
        var today = StockholmTime.DateOf(cluster.Clock.GetUtcNow());
        var child = TestPeople.Personnummer(today.AddMonths(3).AddYears(-13));
        var guardian = TestPeople.AgedAt(40, cluster.Clock.GetUtcNow());
        cluster.Fleet.PopulationRegistry.PutPerson(new SimulatedPerson { Personnummer = guardian, GivenName = "Vera", FamilyName = "Vårdnad", Region = "01" });
        cluster.Fleet.PopulationRegistry.PutPerson(new SimulatedPerson { Personnummer = child, GivenName = "Ella", FamilyName = "Vårdnad", Region = "01", Guardians = [guardian] });

        // The account learns the child's birth date from the registry, which puts the birthday work in the index.
        await cluster.Grains.Account(child).LookUpForStaffAsync(new StaffAccess("SE2321000016-T0001", "Test", null, "resident-lookup"));

        await Task.WhenAll(
            cluster.SiloServices(0).GetRequiredService<IHubSiloWork>().RunDueWorkAsync(CancellationToken.None),
            cluster.SiloServices(1).GetRequiredService<IHubSiloWork>().RunDueWorkAsync(CancellationToken.None));
        await cluster.SiloServices(0).GetRequiredService<IHubSiloWork>().DeliverAllAsync(CancellationToken.None);
        await cluster.SiloServices(1).GetRequiredService<IHubSiloWork>().DeliverAllAsync(CancellationToken.None);

        Assert.Single(await InboxAsync(child));
        Assert.Single(await InboxAsync(guardian));
    }

    private Task<IReadOnlyList<IndexEntry>> InboxAsync(string personnummer) =>
        cluster.SiloServices(0).GetRequiredService<IIndexStore>().QueryAsync(new IndexQuery(CaseIndexes.ResidentInbox, personnummer), CancellationToken.None);
}

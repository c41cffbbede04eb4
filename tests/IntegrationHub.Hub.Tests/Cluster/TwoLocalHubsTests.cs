using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Proxies;

namespace IntegrationHub.Hub.Tests.Cluster;

public sealed class TwoLocalHubsTests(TwoLocalHubs hubs) : IClassFixture<TwoLocalHubs>
{
    [Fact]
    [Trait("Rule", "PX6")]
    [Trait("Rule", "PX5")]
    public async Task BirthdayWork_BothSilosRunDueWorkAtOnce_EachNoticeExactlyOnce()
    {
        using var a = hubs.ClientOf(hubs.A);
        using var b = hubs.ClientOf(hubs.B);
        var now = hubs.Clock.GetUtcNow();
        var guardian = TestPeople.AgedAt(40, now);
        var child = TestPeople.AgedAt(12, now, extraDays: -150);
        await a.PutPersonAsync(guardian, givenName: "Vera", familyName: "Två");
        await a.PutPersonAsync(child, givenName: "Ivo", familyName: "Två", guardians: [guardian]);
        await a.LoggedInResidentAsync(guardian);
        using (var added = await a.PostAsync("/api/proxies", new { childPersonnummer = child }))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        var birthday = Inbox.BirthDateOf(child).AddYears(13);
        foreach (var instant in new[] { birthday.AddMonths(-3), birthday.AddDays(-7), birthday })
        {
            // Both silos' workers race for the same due rows.
            var at = Inbox.StockholmMidnight(instant).AddMinutes(2);
            await Task.WhenAll(a.SetClockAsync(at), b.SetClockAsync(at));
            await Task.WhenAll(a.SetClockAsync(at), b.SetClockAsync(at));
        }

        await b.LoggedInResidentAsync(guardian);
        var subjects = await Inbox.SubjectsAsync(b);
        Assert.Single(subjects, s => s == "Snart 13 år: dags för egen e-legitimation");
        Assert.Single(subjects, s => s == "Påminnelse: snart 13 år");
        Assert.Single(subjects, s => s == "Ditt ombudskap har upphört");

        using var childBrowser = hubs.ClientOf(hubs.A);
        await childBrowser.LoggedInResidentAsync(child);
        var childSubjects = await Inbox.SubjectsAsync(childBrowser);
        Assert.Single(childSubjects, s => s == "Nu har du fyllt 13 år");
        Assert.Single(childSubjects, s => s == "Snart 13 år: dags för egen e-legitimation");
    }
}

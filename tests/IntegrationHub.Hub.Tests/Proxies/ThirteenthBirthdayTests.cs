using System.Net;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Proxies;

/// <summary>The 13th birthday as durable work driven by the hub's clock (PX5, PX6, PX8), through the public API.</summary>
public sealed class ThirteenthBirthdayTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    private const string ThreeMonthSubject = "Snart 13 år: dags för egen e-legitimation";
    private const string WeekSubject = "Påminnelse: snart 13 år";
    private const string TurnedSubject = "Nu har du fyllt 13 år";

    [Fact]
    [Trait("Rule", "PX6")]
    [Trait("Rule", "PX8")]
    [Trait("Rule", "CS9")]
    public async Task Notices_ThreeMonthsAndOneWeekBefore_EachOnceToChildAndGuardian_NotifyingOnlyTheChildsContacts()
    {
        var family = await (await ProxyFamily.CreateAsync(fixture, childYears: 12, childExtraDays: -120)).ActingForChildAsync();
        var childMobile = "+46701112233";
        using (await family.Guardian.PutAsync("/api/me/settings", new { mobile = childMobile }))
        {
        }

        var birthday = Inbox.BirthDateOf(family.Child).AddYears(13);
        var before = (await family.Guardian.GetJsonAsync("/sim/notifications")).GetArrayLength();

        await family.Guardian.SetClockAsync(Inbox.StockholmMidnight(birthday.AddMonths(-3)).AddMinutes(5));
        await family.Guardian.SetClockAsync(Inbox.StockholmMidnight(birthday.AddMonths(-3)).AddHours(12));
        await family.Guardian.SetClockAsync(Inbox.StockholmMidnight(birthday.AddDays(-7)).AddMinutes(5));
        await family.LogInAgainAsync(actForChild: true);

        var childInbox = await Inbox.SubjectsAsync(family.Guardian);
        Assert.Single(childInbox, s => s == ThreeMonthSubject);
        Assert.Single(childInbox, s => s == WeekSubject);
        using (await family.Guardian.Http.DeleteAsync(new Uri("/api/acting-as", UriKind.Relative)))
        {
        }

        var guardianInbox = await Inbox.SubjectsAsync(family.Guardian);
        Assert.Single(guardianInbox, s => s == ThreeMonthSubject);
        Assert.Single(guardianInbox, s => s == WeekSubject);

        // PX8: only the child's own contacts are told (the guardian set none on the guardian's account), never the content.
        var sent = (await family.Guardian.GetJsonAsync("/sim/notifications")).EnumerateArray().Skip(before).ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, n => Assert.Equal(childMobile, n.GetProperty("to").GetString()));
        Assert.All(sent, n => Assert.DoesNotContain("13", n.GetProperty("text").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "PX5")]
    [Trait("Rule", "PX1")]
    public async Task Birthday_GuardianInProxyMode_NextRequestRefused_ProxiesEnd_ContactsErased_BothTold()
    {
        var family = await (await ProxyFamily.CreateAsync(fixture, childYears: 12, childExtraDays: -30)).ActingForChildAsync();
        using (await family.Guardian.PutAsync("/api/me/settings", new { mobile = "+46701112244", email = "kim@example.se" }))
        {
        }

        var birthday = Inbox.BirthDateOf(family.Child).AddYears(13);
        await family.Guardian.SetClockAsync(Inbox.StockholmMidnight(birthday).AddMinutes(-30));
        await family.LogInAgainAsync(actForChild: true);
        await family.Guardian.AssertOkAsync("/api/me");
        await family.Guardian.SetClockAsync(Inbox.StockholmMidnight(birthday).AddMinutes(1));

        using var refused = await family.Guardian.GetAsync("/api/me");
        await ProblemAssert.HasCodeAsync(refused, HttpStatusCode.Forbidden, "no_active_proxy");
        var me = await family.Guardian.GetJsonAsync("/api/me");
        Assert.Equal(JsonValueKind.Null, me.GetProperty("actingAs").ValueKind);
        var proxy = Assert.Single(me.GetProperty("proxies").EnumerateArray());
        Assert.Equal("ended", proxy.GetProperty("status").GetString());
        Assert.Equal("child-turned-13", proxy.GetProperty("reason").GetString());
        Assert.Contains("Ditt ombudskap har upphört", await Inbox.SubjectsAsync(family.Guardian));

        using var child = fixture.NewClient();
        await child.LoggedInResidentAsync(family.Child);
        var childMe = await child.GetJsonAsync("/api/me");
        Assert.Equal(JsonValueKind.Null, childMe.GetProperty("contacts").GetProperty("mobile").ValueKind);
        Assert.Equal(JsonValueKind.Null, childMe.GetProperty("contacts").GetProperty("email").ValueKind);
        Assert.Single(await Inbox.SubjectsAsync(child), s => s == TurnedSubject);
        using var again = await family.AddChildAsync();
        await ProblemAssert.HasCodeAsync(again, HttpStatusCode.Forbidden, "child_too_old");
    }

    [Fact]
    [Trait("Rule", "PX8")]
    public async Task Notice_ChildWithoutContacts_NobodyIsNotified()
    {
        var family = await (await ProxyFamily.CreateAsync(fixture, childYears: 12, childExtraDays: -200)).ActingForChildAsync();
        using (await family.Guardian.Http.DeleteAsync(new Uri("/api/acting-as", UriKind.Relative)))
        {
        }

        using (await family.Guardian.PutAsync("/api/me/settings", new { mobile = "+46709998877" }))
        {
        }

        var before = (await family.Guardian.GetJsonAsync("/sim/notifications")).GetArrayLength();
        var birthday = Inbox.BirthDateOf(family.Child).AddYears(13);
        await family.Guardian.SetClockAsync(Inbox.StockholmMidnight(birthday.AddMonths(-3)).AddMinutes(5));

        // The child's notice notifies nobody; the guardian's own notice goes to the guardian's own contacts.
        var sent = (await family.Guardian.GetJsonAsync("/sim/notifications")).EnumerateArray().Skip(before).ToList();
        var only = Assert.Single(sent);
        Assert.Equal("+46709998877", only.GetProperty("to").GetString());
        await family.LogInAgainAsync(actForChild: false);
        Assert.Contains(ThreeMonthSubject, await Inbox.SubjectsAsync(family.Guardian));
    }
}

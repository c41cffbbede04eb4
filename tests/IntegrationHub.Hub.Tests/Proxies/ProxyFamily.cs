using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Proxies;

/// <summary>A guardian (logged in, own browser) and a child under 13 registered with that guardian, as the registry has them.</summary>
internal sealed record ProxyFamily(HubClient Guardian, string GuardianNumber, string Child)
{
    public static async Task<ProxyFamily> CreateAsync(HubFixture fixture, int childYears = 8, int childExtraDays = 40, string childRegion = "01")
    {
        var now = fixture.Clock.GetUtcNow();
        var guardianNumber = TestPeople.AgedAt(38, now);
        var child = TestPeople.AgedAt(childYears, now, childExtraDays);
        var guardian = fixture.NewClient();
        await guardian.PutPersonAsync(guardianNumber, givenName: "Greta", familyName: "Förälder");
        await guardian.PutPersonAsync(child, region: childRegion, givenName: "Kim", familyName: "Förälder", guardians: [guardianNumber]);
        await guardian.LoggedInResidentAsync(guardianNumber);
        return new ProxyFamily(guardian, guardianNumber, child);
    }

    /// <summary>After the clock jumped past the idle limit: a new login, acting for the child again when asked.</summary>
    public async Task LogInAgainAsync(bool actForChild)
    {
        await Guardian.LoggedInResidentAsync(GuardianNumber);
        if (actForChild)
        {
            using var acting = await ActForChildAsync();
            Assert.True(acting.StatusCode == HttpStatusCode.NoContent, $"PUT /api/acting-as: {(int)acting.StatusCode} {await acting.Content.ReadAsStringAsync()}");
        }
    }

    public Task<HttpResponseMessage> AddChildAsync() => Guardian.PostAsync("/api/proxies", new { childPersonnummer = Child });

    public Task<HttpResponseMessage> ActForChildAsync() => Guardian.PutAsync("/api/acting-as", new { personnummer = Child });

    /// <summary>Adds the child and switches to it, failing the test unless both succeed.</summary>
    public async Task<ProxyFamily> ActingForChildAsync()
    {
        using var added = await AddChildAsync();
        Assert.True(added.StatusCode == HttpStatusCode.Created, $"POST /api/proxies: {(int)added.StatusCode} {await added.Content.ReadAsStringAsync()}");
        using var acting = await ActForChildAsync();
        Assert.True(acting.StatusCode == HttpStatusCode.NoContent, $"PUT /api/acting-as: {(int)acting.StatusCode} {await acting.Content.ReadAsStringAsync()}");
        return this;
    }
}

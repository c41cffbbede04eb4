using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.HopOuts;

/// <summary>YT1, YT2 through HO2: the gateway enforces the age limits on every forwarded request, in Stockholm time.</summary>
public sealed class HopOutAgeLimitTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Theory]
    [Trait("Rule", "YT1")]
    [Trait("Rule", "YT2")]
    [Trait("Rule", "HO2")]
    [InlineData("journal", 15)]
    [InlineData("medications", 17)]
    public async Task HopOut_BelowTheServicesAge_IsRefusedAsAgeLimit(string service, int years)
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture, years);

        using var response = await client.HopAsync(service, "records");

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "age_limit");
        Assert.False((await client.CapabilitiesAsync()).GetProperty(service).GetBoolean());
    }

    [Theory]
    [Trait("Rule", "YT1")]
    [Trait("Rule", "YT2")]
    [Trait("Rule", "HO1")]
    [InlineData("journal", 16)]
    [InlineData("medications", 18)]
    public async Task HopOut_AtTheServicesAge_IsForwarded(string service, int years)
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture, years);

        using var response = await client.HopAsync(service, "records");

        var headers = await HubClientExtensions.EchoedHeadersAsync(response);
        Assert.True(headers.ContainsKey("X-Hub-Assertion"));
        Assert.True((await client.CapabilitiesAsync()).GetProperty(service).GetBoolean());
    }

    [Fact]
    [Trait("Rule", "YT2")]
    public async Task HopOut_SixteenYearOldToMedications_IsRefusedAsAgeLimit()
    {
        using var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture, 16);

        using var response = await client.HopAsync("medications");

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.Forbidden, "age_limit");
    }

    [Fact]
    [Trait("Rule", "YT1")]
    [Trait("Rule", "HO2")]
    public Task HopOut_SixteenthBirthdayInWinter_OpensTheJournalAtStockholmMidnightThoughUtcIsTheDayBefore() =>
        // CET (UTC+1): 22:50 UTC on 14 January is 23:50 in Stockholm, still 15; 23:30 UTC is 00:30 on the birthday.
        AssertOpensAtStockholmMidnightAsync(
            "journal",
            new DateOnly(2014, 1, 15),
            new DateTimeOffset(2030, 1, 14, 22, 50, 0, TimeSpan.Zero),
            new DateTimeOffset(2030, 1, 14, 23, 30, 0, TimeSpan.Zero));

    [Fact]
    [Trait("Rule", "YT2")]
    [Trait("Rule", "HO2")]
    public Task HopOut_EighteenthBirthdayInSummer_OpensMedicationsAtStockholmMidnight() =>
        // CEST (UTC+2): 21:50 UTC on 30 June is 23:50 in Stockholm, still 17; 22:30 UTC is 00:30 on 1 July.
        AssertOpensAtStockholmMidnightAsync(
            "medications",
            new DateOnly(2013, 7, 1),
            new DateTimeOffset(2031, 6, 30, 21, 50, 0, TimeSpan.Zero),
            new DateTimeOffset(2031, 6, 30, 22, 30, 0, TimeSpan.Zero));

    /// <summary>Logs in just before Stockholm midnight (less than 60 idle minutes before <paramref name="after"/>).</summary>
    private async Task AssertOpensAtStockholmMidnightAsync(string service, DateOnly birthDate, DateTimeOffset before, DateTimeOffset after)
    {
        using var client = fixture.NewClient();
        var personnummer = TestPeople.Personnummer(birthDate);
        await client.PutPersonAsync(personnummer);
        await client.SetClockAsync(before);
        await client.LoggedInResidentAsync(personnummer);
        using (var refused = await client.HopAsync(service))
        {
            await ProblemAssert.HasCodeAsync(refused, HttpStatusCode.Forbidden, "age_limit");
        }

        await client.SetClockAsync(after);

        using var allowed = await client.HopAsync(service);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.True((await client.CapabilitiesAsync()).GetProperty(service).GetBoolean());
    }
}

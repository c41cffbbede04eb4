using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Security;

/// <summary>SEC3: no personnummer is ever written into a log line, whatever path, query string or refusal carried it.</summary>
public sealed class PersonnummerLoggingTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "SEC3")]
    public async Task LoginsLookupsAndHopOuts_WriteNoPersonnummerToAnyLogLine()
    {
        using var resident = fixture.NewClient();
        using var refused = fixture.NewClient();
        using var staff = fixture.NewClient();
        var now = fixture.Clock.GetUtcNow();
        var adult = await resident.NewResidentAsync(fixture);
        var unknown = TestPeople.AgedAt(33, now);
        var deceased = await refused.NewResidentAsync(fixture, deceased: true);
        var wrongCheckDigit = adult[..11] + (adult[11] == '9' ? '0' : (char)(adult[11] + 1));
        var samordningsnummer = TestPeople.Samordningsnummer(new DateOnly(1984, 4, 4));
        string[] used = [adult, unknown, deceased, wrongCheckDigit, samordningsnummer];

        await resident.LoggedInResidentAsync(adult);
        foreach (var number in used[1..])
        {
            using var refusal = await refused.LoginResidentAsync(number);
            Assert.NotEqual(HttpStatusCode.OK, refusal.StatusCode);
        }

        using (var eid = await refused.LoginResidentAsync(adult, "freja-eid"))
        {
            await ProblemAssert.HasCodeAsync(eid, HttpStatusCode.Forbidden, "eid_not_accepted");
        }

        var hsaId = TestPeople.HsaId();
        await staff.PutStaffAsync(hsaId, "01", ["central-support"]);
        await staff.LoggedInStaffAsync(hsaId);
        await staff.AssertOkAsync($"/staff/residents?personnummer={adult}");
        using (var notFound = await staff.GetAsync($"/staff/residents?personnummer={unknown}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        }

        await resident.AssertOkAsync($"/hop/journal/records?patient={adult}");
        await resident.AssertOkAsync($"/hop/samples/{adult}/results?other={unknown}");
        using (var ageLimited = await refused.HopAsync("journal", $"records?patient={deceased}"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, ageLimited.StatusCode);
        }

        using (var unknownService = await resident.HopAsync("nothing", $"?patient={adult}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknownService.StatusCode);
        }

        await resident.AssertOkAsync();
        using (var logout = await resident.PostRawAsync("/auth/logout", content: null))
        {
            Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        }

        var lines = fixture.Logs.Lines.ToList();
        Assert.NotEmpty(lines);
        foreach (var number in used)
        {
            // The 12 digits and the 10-digit short form (YYMMDDNNNC) alike.
            var leaks = lines.Where(l => l.Contains(number, StringComparison.Ordinal) || l.Contains(number[2..], StringComparison.Ordinal)).ToList();
            Assert.True(leaks.Count == 0, $"a personnummer in {leaks.Count} log line(s), e.g.: {leaks.FirstOrDefault()?.Replace(number, "<pnr>", StringComparison.Ordinal)}");
        }
    }
}

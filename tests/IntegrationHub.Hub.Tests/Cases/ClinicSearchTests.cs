using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Cases;

/// <summary><c>GET /api/clinics?q=&amp;region=</c>: clinics by name from the HSA directory, each with the case types it offers now (CS1).</summary>
public sealed class ClinicSearchTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    [Trait("Rule", "CS1")]
    public async Task Search_PartOfTheName_FindsTheClinicWithItsActiveCaseTypes()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync("Vårdcentralen Gläntan");
        var other = await desk.ClinicAsync("Tandvården Berget");
        var (_, admin) = await desk.StaffAsync((clinic, ["admin"]));
        await CaseDesk.ConfigureAsync(admin, clinic, "ask-nurse");
        await CaseDesk.ConfigureAsync(admin, clinic, "renew-prescription");
        using (var off = await admin.PutAsync($"/staff/clinics/{clinic}/case-types/advice", new { active = false }))
        {
            Assert.Equal(HttpStatusCode.NoContent, off.StatusCode);
        }

        var browser = await desk.ResidentSessionAsync(await desk.ResidentAsync());

        var hits = (await browser.GetJsonAsync("/api/clinics?q=gläntan")).EnumerateArray().ToList();

        var hit = Assert.Single(hits);
        Assert.Equal(clinic, hit.GetProperty("clinicId").GetString());
        Assert.Equal("Vårdcentralen Gläntan", hit.GetProperty("name").GetString());
        Assert.Equal(CaseDesk.Region, hit.GetProperty("region").GetString());
        Assert.Equal(["ask-nurse", "renew-prescription"], hit.GetProperty("caseTypes").EnumerateArray().Select(c => c.GetString()!).Order().ToArray());
        Assert.DoesNotContain(hits, h => h.GetProperty("clinicId").GetString() == other);
    }

    [Fact]
    public async Task Search_NoMatchOrOtherRegion_EmptyArray()
    {
        using var desk = new CaseDesk(fixture);
        await desk.ClinicAsync("Vårdcentralen Regionen");
        var browser = await desk.ResidentSessionAsync(await desk.ResidentAsync());

        Assert.Empty((await browser.GetJsonAsync("/api/clinics?q=finnsintenågonstans")).EnumerateArray());
        Assert.Empty((await browser.GetJsonAsync("/api/clinics?q=Regionen&region=25")).EnumerateArray());
        Assert.NotEmpty((await browser.GetJsonAsync($"/api/clinics?q=Regionen&region={CaseDesk.Region}")).EnumerateArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("%20b%20")]
    public async Task Search_UnderTwoCharacters_Returns400InvalidRequest(string query)
    {
        using var desk = new CaseDesk(fixture);
        var browser = await desk.ResidentSessionAsync(await desk.ResidentAsync());

        using var response = await browser.GetAsync($"/api/clinics?q={query}");

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task Search_WithoutSession_Returns401()
    {
        using var browser = fixture.NewClient();

        using var response = await browser.GetAsync("/api/clinics?q=vård");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

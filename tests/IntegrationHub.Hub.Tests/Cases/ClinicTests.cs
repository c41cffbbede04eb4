using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;

namespace IntegrationHub.Hub.Tests.Cases;

/// <summary>CS1, CS10: the clinic's administrator chooses and configures its case types and writes its information text.</summary>
public sealed class ClinicTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "CS10")]
    public async Task PutInfo_ScriptAndEventAttributes_AreStrippedAndAllowedMarkupKept()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        var resident = await desk.ResidentSessionAsync(await desk.ResidentAsync());
        const string html = """
            <h2 onclick="steal()">Öppettider</h2><script>alert(document.cookie)</script>
            <p><b>Måndag</b> <i>8–17</i><img src=x onerror="alert(1)"></p>
            <ul><li><a href="https://www.1177.se" onmouseover="x()">1177</a></li></ul>
            <a href="javascript:alert(1)">klick</a><iframe src="https://evil.example"></iframe><style>body{}</style>
            """;

        using (var response = await admin.Browser.PutAsync($"/staff/clinics/{clinic}/info", new { html }))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        var info = (await resident.GetJsonAsync($"/api/clinics/{clinic}")).GetProperty("info").GetString()!;
        Assert.Contains("<h2>Öppettider</h2>", info, StringComparison.Ordinal);
        Assert.Contains("<b>Måndag</b>", info, StringComparison.Ordinal);
        Assert.Contains("<li>", info, StringComparison.Ordinal);
        Assert.Contains("https://www.1177.se", info, StringComparison.Ordinal);
        foreach (var hostile in new[] { "<script", "alert", "onclick", "onerror", "onmouseover", "javascript:", "<iframe", "<img", "<style" })
        {
            Assert.DoesNotContain(hostile, info, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    [Trait("Rule", "CS10")]
    public async Task GetClinic_NoInfoText_InfoIsNull()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var resident = await desk.ResidentSessionAsync(await desk.ResidentAsync());

        var body = await resident.GetJsonAsync($"/api/clinics/{clinic}");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("info").ValueKind);
        Assert.Empty(body.GetProperty("caseTypes").EnumerateArray());
    }

    [Fact]
    [Trait("Rule", "CS1")]
    public async Task PutCaseType_NotAdmin_Returns403_AdminActivates_ResidentSeesIt()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        var receiver = await desk.StaffAsync((clinic, ["receiver", "handler"]));
        var adminElsewhere = await desk.StaffAsync((await desk.ClinicAsync(), ["admin"]));
        var resident = await desk.ResidentSessionAsync(await desk.ResidentAsync());
        var body = new { active = true, attachmentsAllowed = true, proxyAllowed = false, settings = new { allowExtraInformation = true } };

        foreach (var refused in new[] { receiver.Browser, adminElsewhere.Browser })
        {
            using var response = await refused.PutAsync($"/staff/clinics/{clinic}/case-types/renew-prescription", body);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            using var info = await refused.PutAsync($"/staff/clinics/{clinic}/info", new { html = "<p>x</p>" });
            Assert.Equal(HttpStatusCode.Forbidden, info.StatusCode);
        }

        using (var response = await admin.Browser.PutAsync($"/staff/clinics/{clinic}/case-types/renew-prescription", body))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        var caseType = Assert.Single((await resident.GetJsonAsync($"/api/clinics/{clinic}")).GetProperty("caseTypes").EnumerateArray());
        Assert.Equal("renew-prescription", caseType.GetProperty("id").GetString());
        Assert.True(caseType.GetProperty("attachmentsAllowed").GetBoolean());
        Assert.False(caseType.GetProperty("proxyAllowed").GetBoolean());
        Assert.Contains(caseType.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "extraInformation");
    }

    [Fact]
    [Trait("Rule", "CS1")]
    public async Task GetClinic_UnknownToHsa_Returns404()
    {
        using var desk = new CaseDesk(fixture);
        var resident = await desk.ResidentSessionAsync(await desk.ResidentAsync());

        using var response = await resident.GetAsync($"/api/clinics/{TestPeople.HsaId()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    [Trait("Rule", "CS1")]
    public async Task Submit_CaseTypeNotActivated_Returns400InvalidForm()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var resident = await desk.ResidentSessionAsync(await desk.ResidentAsync());

        using var response = await CaseDesk.SubmitAsync(resident, CaseDesk.AskNurse(clinic, "Hej"));

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_form");
    }
}

using System.Net;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;

namespace IntegrationHub.Hub.Tests.Cases;

/// <summary>CS2, CS3, CS6, CS9: forms, the path of a case through the clinic, idempotent submits, contentless notices.</summary>
public sealed class CaseWorkflowTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Fact]
    [Trait("Rule", "CS2")]
    public async Task Submit_InvalidForms_Return400InvalidFormNamingEachFailingField()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "renew-aids");
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "renew-prescription");
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "request-appointment");
        var resident = await desk.ResidentSessionAsync(await desk.ResidentAsync());
        var aid = new { productName = "Inkontinensskydd", size = "M", usePerDay = 3, packages = 2, incontinence = true };

        await AssertFieldsAsync(resident, new { clinicId = clinic, caseType = "request-appointment", fields = new { } }, "contactReason");
        await AssertFieldsAsync(resident, new { clinicId = clinic, caseType = "renew-prescription", fields = new { medicines = Enumerable.Range(1, 11).Select(i => new { name = $"Medicin {i}" }) } }, "medicines");
        await AssertFieldsAsync(resident, new { clinicId = clinic, caseType = "renew-aids", fields = new { aids = new[] { aid, aid, aid, aid, aid } } }, "aids");
        await AssertFieldsAsync(resident, new { clinicId = clinic, caseType = "renew-aids", fields = new { aids = new[] { aid } } }, "delivery");
    }

    [Fact]
    [Trait("Rule", "CS2")]
    public async Task Submit_SameIdempotencyKeyTwice_ReturnsTheSameCase()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "ask-nurse");
        var resident = await desk.ResidentSessionAsync(await desk.ResidentAsync());
        var other = await desk.ResidentSessionAsync(await desk.ResidentAsync());
        var key = Guid.NewGuid().ToString();

        var first = await CreatedIdAsync(await CaseDesk.SubmitAsync(resident, CaseDesk.AskNurse(clinic, "Första"), [("a.png", Files.Png())], key));
        var again = await CreatedIdAsync(await CaseDesk.SubmitAsync(resident, CaseDesk.AskNurse(clinic, "Första"), [("a.png", Files.Png())], key));
        var othersCase = await CreatedIdAsync(await CaseDesk.SubmitAsync(other, CaseDesk.AskNurse(clinic, "Annan"), idempotencyKey: key));

        Assert.Equal(first, again);
        Assert.NotEqual(first, othersCase);
        var inbox = (await resident.GetJsonAsync("/api/cases")).GetProperty("cases");
        Assert.Equal(1, inbox.GetArrayLength());
        Assert.Equal(1, inbox[0].GetProperty("messages")[0].GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    [Trait("Rule", "CS3")]
    [Trait("Rule", "CS6")]
    [Trait("Rule", "CS9")]
    [Trait("Rule", "SEC1")]
    public async Task Case_AssignPartialAnswerCounterQuestionReplyAnswerClose_EveryMessageKeptAndNoticesContentless()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        var receiver = await desk.StaffAsync((clinic, ["receiver"]));
        var handler = await desk.StaffAsync((clinic, ["handler"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "ask-nurse");
        var personnummer = await desk.ResidentAsync();
        var (resident, mobile, email) = await desk.ResidentWithContactsAsync(personnummer);
        const string secret = "Hemlig-fråga-om-utslag";
        var id = await CaseDesk.SubmittedAsync(resident, clinic, secret);
        Assert.Empty(await desk.NotificationsToAsync(mobile, email));

        using (var assign = await receiver.Browser.PostAsync($"/staff/cases/{id}/assign", new { handlerHsaId = handler.HsaId, partialAnswer = "Vi har tagit emot ditt ärende om utslag." }))
        {
            Assert.Equal(HttpStatusCode.NoContent, assign.StatusCode);
        }

        await PostedAsync(handler.Browser, $"/staff/cases/{id}/counter-question", "Hur länge har du haft utslaget?");
        Assert.Equal("awaiting-reply", (await handler.Browser.GetJsonAsync($"/staff/cases/{id}")).GetProperty("status").GetString());
        await PostedAsync(resident, $"/api/cases/{id}/messages", "I tre dagar.");
        await PostedAsync(handler.Browser, $"/staff/cases/{id}/answer", "Smörj med kortisonkräm.");
        using (var close = await handler.Browser.PostAsync($"/staff/cases/{id}/close", new { }))
        {
            Assert.Equal(HttpStatusCode.NoContent, close.StatusCode);
        }

        using (var afterClose = await CaseDesk.PostMessageAsync(resident, $"/api/cases/{id}/messages", "En sak till"))
        {
            await ProblemAssert.HasCodeAsync(afterClose, HttpStatusCode.Conflict, "case_closed");
        }

        var view = await resident.GetJsonAsync($"/api/cases/{id}");
        Assert.Equal("closed", view.GetProperty("status").GetString());
        Assert.Equal(
            ["submission", "partial-answer", "counter-question", "reply", "answer"],
            view.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("kind").GetString()!).ToArray());
        Assert.Equal(secret, view.GetProperty("fields").GetProperty("question").GetString());

        // CS9: three messages from the clinic, one notice each per contact, none with any case content.
        var notices = await desk.NotificationsToAsync(mobile, email);
        Assert.Equal(6, notices.Count);
        foreach (var notice in notices)
        {
            var text = notice.GetProperty("text").GetString()!;
            Assert.DoesNotContain("utslag", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("kortison", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(id, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [Trait("Rule", "CS6")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task SentCase_EditOrRecall_IsNotPossible(string method)
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "ask-nurse");
        var resident = await desk.ResidentSessionAsync(await desk.ResidentAsync());
        var id = await CaseDesk.SubmittedAsync(resident, clinic, "Original");

        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri($"/api/cases/{id}", UriKind.Relative))
        {
            Content = JsonContent(new { fields = new { question = "Ändrad" } }),
        };
        using var response = await resident.Http.SendAsync(request);

        Assert.False(response.IsSuccessStatusCode, $"{method}: {(int)response.StatusCode}");
        Assert.Equal("Original", (await resident.GetJsonAsync($"/api/cases/{id}")).GetProperty("fields").GetProperty("question").GetString());
    }

    private static System.Net.Http.Json.JsonContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body);

    private static async Task AssertFieldsAsync(HubClient resident, object body, params string[] fields)
    {
        using var response = await CaseDesk.SubmitAsync(resident, body);
        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_form");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var named = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()!).ToList();
        foreach (var field in fields)
        {
            Assert.Contains(named, n => n == field || n.StartsWith(field + "[", StringComparison.Ordinal) || n.StartsWith(field + ".", StringComparison.Ordinal));
        }
    }

    private static async Task<string> CreatedIdAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return (await ProblemAssert.JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetString()!;
        }
    }

    private static async Task PostedAsync(HubClient browser, string path, string text)
    {
        using var response = await CaseDesk.PostMessageAsync(browser, path, text);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}

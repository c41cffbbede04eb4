using System.Net;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;

namespace IntegrationHub.Hub.Tests.Cases;

/// <summary>
/// CS4: every case endpoint × every kind of caller, each with its expected answer. Residents and staff are kept apart by
/// the session gate (403 on the other side's routes); within a side, whoever may not read the case gets 404, and
/// whoever may read it but not do this gets 403, as do the clinic's own staff on the writes API.md refuses with 403
/// ("403 unless receiver", "403 unless the assigned handler"). Proxies (a guardian with an active proxy, one whose proxy ended)
/// join the matrix when proxy mode lands: the endpoints act for <c>principal.Acting</c> already.
/// </summary>
public sealed class CaseAccessMatrixTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    private const string Resident = "resident";
    private const string OtherResident = "another resident";
    private const string Receiver = "receiver at the clinic";
    private const string ReceiverElsewhere = "receiver elsewhere";
    private const string Handler = "assigned handler";
    private const string OtherHandler = "another handler";
    private const string Admin = "admin";

    [Fact]
    [Trait("Rule", "CS4")]
    [Trait("Rule", "CS3")]
    [Trait("Rule", "CS5")]
    public async Task EveryEndpoint_EveryCaller_AnswersAsTheMatrixSays()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var elsewhere = await desk.ClinicAsync("Annan mottagning");
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        var receiver = await desk.StaffAsync((clinic, ["receiver"]));
        var receiverElsewhere = await desk.StaffAsync((elsewhere, ["receiver", "handler"]));
        var handler = await desk.StaffAsync((clinic, ["handler"]));
        var otherHandler = await desk.StaffAsync((clinic, ["handler"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "ask-nurse");
        var owner = await desk.ResidentSessionAsync(await desk.ResidentAsync());
        var other = await desk.ResidentSessionAsync(await desk.ResidentAsync());
        var id = await CaseDesk.SubmittedAsync(owner, clinic, files: [("foto.png", Files.Png())]);
        using (var assigned = await receiver.Browser.PostAsync($"/staff/cases/{id}/assign", new { handlerHsaId = handler.HsaId }))
        {
            Assert.Equal(HttpStatusCode.NoContent, assigned.StatusCode);
        }

        var attachment = (await owner.GetJsonAsync($"/api/cases/{id}")).GetProperty("messages")[0].GetProperty("attachments")[0].GetProperty("id").GetString();
        var callers = new Dictionary<string, HubClient>
        {
            [Resident] = owner,
            [OtherResident] = other,
            [Receiver] = receiver.Browser,
            [ReceiverElsewhere] = receiverElsewhere.Browser,
            [Handler] = handler.Browser,
            [OtherHandler] = otherHandler.Browser,
            [Admin] = admin.Browser,
        };

        // Expected status per caller; staff on /api and residents on /staff are refused by the gate (403).
        var residentSide = Expect(Resident, 200, OtherResident, 404, staffAnswer: 403);
        var matrix = new List<(string Name, Func<HubClient, Task<HttpResponseMessage>> Call, Dictionary<string, int> Expected)>
        {
            ("GET /api/cases/{id}", c => c.GetAsync($"/api/cases/{id}"), residentSide),
            ("GET /api/cases/{id}/attachments/{a}", c => c.GetAsync($"/api/cases/{id}/attachments/{attachment}"), residentSide),
            ("POST /api/cases/{id}/messages", c => CaseDesk.PostMessageAsync(c, $"/api/cases/{id}/messages", "Tack!"), Expect(Resident, 201, OtherResident, 404, staffAnswer: 403)),
            ("GET /staff/cases/{id}", c => c.GetAsync($"/staff/cases/{id}"), Staff(receiver: 200, handler: 200)),
            ("GET /staff/cases/{id}/attachments/{a}", c => c.GetAsync($"/staff/cases/{id}/attachments/{attachment}"), Staff(receiver: 200, handler: 200)),
            ("POST /staff/cases/{id}/assign", c => c.PostAsync($"/staff/cases/{id}/assign", new { handlerHsaId = handler.HsaId }), Staff(receiver: 204, handler: 403, clinicStaff: 403)),
            ("POST /staff/cases/{id}/counter-question", c => CaseDesk.PostMessageAsync(c, $"/staff/cases/{id}/counter-question", "Har du feber?"), Staff(receiver: 403, handler: 201, clinicStaff: 403)),
            ("POST /staff/cases/{id}/answer", c => CaseDesk.PostMessageAsync(c, $"/staff/cases/{id}/answer", "Ta den i tio dagar."), Staff(receiver: 403, handler: 201, clinicStaff: 403)),
            ("POST /staff/cases/{id}/close", c => c.PostAsync($"/staff/cases/{id}/close", new { }), Staff(receiver: 204, handler: 204)),
        };

        var mismatches = new List<string>();
        foreach (var (name, call, expected) in matrix)
        {
            foreach (var (caller, browser) in callers)
            {
                using var response = await call(browser);
                if ((int)response.StatusCode != expected[caller])
                {
                    mismatches.Add($"{name} as {caller}: expected {expected[caller]}, got {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    [Trait("Rule", "CS3")]
    [Trait("Rule", "CS4")]
    public async Task Answer_ByAHandlerOfTheClinicWhoIsNotAssigned_IsForbiddenButHiddenFromOtherClinics()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        var receiver = await desk.StaffAsync((clinic, ["receiver"]));
        var handler = await desk.StaffAsync((clinic, ["handler"]));
        var otherHandler = await desk.StaffAsync((clinic, ["handler"]));
        var outsider = await desk.StaffAsync((await desk.ClinicAsync("Annan mottagning"), ["handler"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "ask-nurse");
        var owner = await desk.ResidentSessionAsync(await desk.ResidentAsync());
        var id = await CaseDesk.SubmittedAsync(owner, clinic);
        using (var assigned = await receiver.Browser.PostAsync($"/staff/cases/{id}/assign", new { handlerHsaId = handler.HsaId }))
        {
            Assert.Equal(HttpStatusCode.NoContent, assigned.StatusCode);
        }

        using var notAssigned = await CaseDesk.PostMessageAsync(otherHandler.Browser, $"/staff/cases/{id}/answer", "Ta den i tio dagar.");
        using var elsewhere = await CaseDesk.PostMessageAsync(outsider.Browser, $"/staff/cases/{id}/answer", "Ta den i tio dagar.");
        using var read = await otherHandler.Browser.GetAsync($"/staff/cases/{id}");

        await ProblemAssert.HasCodeAsync(notAssigned, HttpStatusCode.Forbidden, "not_authorised");
        await ProblemAssert.HasCodeAsync(elsewhere, HttpStatusCode.NotFound, "not_found");
        await ProblemAssert.HasCodeAsync(read, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    [Trait("Rule", "CS4")]
    [Trait("Rule", "ST2")]
    public async Task GetCase_AfterStaffRead_ShowsTheResidentWhoReadItFromWhichClinic()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync("Läsmottagningen");
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        var receiver = await desk.StaffAsync((clinic, ["receiver"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "ask-nurse");
        var owner = await desk.ResidentSessionAsync(await desk.ResidentAsync());
        var id = await CaseDesk.SubmittedAsync(owner, clinic);
        Assert.Empty((await owner.GetJsonAsync($"/api/cases/{id}")).GetProperty("readBy").EnumerateArray());

        using (var read = await receiver.Browser.GetAsync($"/staff/cases/{id}"))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal("no-store", read.Headers.CacheControl?.ToString());
        }

        var readBy = (await owner.GetJsonAsync($"/api/cases/{id}")).GetProperty("readBy").EnumerateArray().ToList();
        var reader = Assert.Single(readBy);
        Assert.Equal(receiver.HsaId, reader.GetProperty("staffHsaId").GetString());
        Assert.Equal(clinic, reader.GetProperty("clinicId").GetString());
        Assert.Equal("Läsmottagningen", reader.GetProperty("clinicName").GetString());
    }

    [Fact]
    [Trait("Rule", "CS4")]
    public async Task ClinicInbox_ReceiverHandlerAdminAndOutsider_SeeWhatTheirRightsAllow()
    {
        using var desk = new CaseDesk(fixture);
        var clinic = await desk.ClinicAsync();
        var admin = await desk.StaffAsync((clinic, ["admin"]));
        var receiver = await desk.StaffAsync((clinic, ["receiver"]));
        var handler = await desk.StaffAsync((clinic, ["handler"]));
        var outsider = await desk.StaffAsync((await desk.ClinicAsync(), ["receiver"]));
        await CaseDesk.ConfigureAsync(admin.Browser, clinic, "ask-nurse");
        var owner = await desk.ResidentSessionAsync(await desk.ResidentAsync());
        var first = await CaseDesk.SubmittedAsync(owner, clinic);
        var second = await CaseDesk.SubmittedAsync(owner, clinic);
        using (var assigned = await receiver.Browser.PostAsync($"/staff/cases/{second}/assign", new { handlerHsaId = handler.HsaId }))
        {
            Assert.Equal(HttpStatusCode.NoContent, assigned.StatusCode);
        }

        Assert.Equal([second, first], Ids(await receiver.Browser.GetJsonAsync($"/staff/clinics/{clinic}/cases")));
        Assert.Equal([first], Ids(await receiver.Browser.GetJsonAsync($"/staff/clinics/{clinic}/cases?status=new")));
        Assert.Equal([second], Ids(await handler.Browser.GetJsonAsync($"/staff/clinics/{clinic}/cases")));
        Assert.Equal(2, Ids(await admin.Browser.GetJsonAsync($"/staff/clinics/{clinic}/cases")).Count);
        using var refused = await outsider.Browser.GetAsync($"/staff/clinics/{clinic}/cases");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static List<string?> Ids(JsonElement inbox) => [.. inbox.EnumerateArray().Select(c => c.GetProperty("id").GetString())];

    private static Dictionary<string, int> Expect(string a, int aStatus, string b, int bStatus, int staffAnswer) => new()
    {
        [a] = aStatus,
        [b] = bStatus,
        [Receiver] = staffAnswer,
        [ReceiverElsewhere] = staffAnswer,
        [Handler] = staffAnswer,
        [OtherHandler] = staffAnswer,
        [Admin] = staffAnswer,
    };

    /// <summary>Staff-side expectations; <paramref name="clinicStaff"/> is for the clinic's staff who may not read the case.</summary>
    private static Dictionary<string, int> Staff(int receiver, int handler, int clinicStaff = 404) => new()
    {
        [Resident] = 403,
        [OtherResident] = 403,
        [Receiver] = receiver,
        [ReceiverElsewhere] = 404,
        [Handler] = handler,
        [OtherHandler] = clinicStaff,
        [Admin] = clinicStaff,
    };
}

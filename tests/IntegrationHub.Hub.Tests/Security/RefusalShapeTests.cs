using System.Net;
using System.Net.Http.Headers;
using System.Text;
using IntegrationHub.Hub.Tests.Cases;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;

namespace IntegrationHub.Hub.Tests.Security;

/// <summary>
/// The findings of trying the hub as an attacker would (issue 10): every refusal outside <c>/fhir</c> is problem+json with
/// a <c>code</c>, inside it an OperationOutcome; nothing a client sends costs a 5xx; text with control characters is
/// refused before it is stored or logged; paths are matched case-insensitively, the session gate's included.
/// </summary>
public sealed class RefusalShapeTests(ManyLoginsHubFixture fixture) : IClassFixture<ManyLoginsHubFixture>
{
    [Theory]
    [InlineData("PUT", "/api/me/settings", false)]
    [InlineData("POST", "/api/proxies", false)]
    [InlineData("PUT", "/api/acting-as", false)]
    [InlineData("POST", "/staff/lock-requests", true)]
    public async Task MalformedJson_ToAJsonEndpoint_IsInvalidJson(string method, string path, bool staff)
    {
        using var browser = staff ? await StaffAsync() : await ResidentAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content = new StringContent("{\"personnummer\": \"19900602", Encoding.UTF8, "application/json"),
        };

        using var response = await browser.Http.SendAsync(request);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_json");
        Assert.True(response.Headers.CacheControl?.NoStore, "no-store");
    }

    [Fact]
    public async Task NoBody_ToAJsonEndpoint_IsInvalidJson()
    {
        using var resident = await ResidentAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/me/settings", UriKind.Relative));

        using var response = await resident.Http.SendAsync(request);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_json");
    }

    [Fact]
    public async Task WrongJsonType_ToAJsonEndpoint_IsInvalidJson()
    {
        using var staff = await StaffAsync();

        using var response = await staff.PostAsync("/staff/lock-requests/0197f1f2a3b4c5d6e7f8091a2b3c4d5e/decision", new { approve = "yes" });

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_json");
    }

    [Theory]
    [InlineData("/hop/", false)]
    [InlineData("/no/such/page", false)]
    [InlineData("/api/no-such-endpoint", true)]
    [InlineData("/api/cases/0197f1f2a3b4c5d6e7f8091a2b3c4d5e/nothing", true)]
    public async Task UnknownPath_IsNotFoundProblem(string path, bool withSession)
    {
        using var browser = withSession ? await ResidentAsync() : fixture.NewClient();

        using var response = await browser.GetAsync(path);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task UnknownPath_ForAClientThatAcceptsOnlyHtml_IsStillProblemJson()
    {
        using var client = fixture.NewClient();

        using var response = await client.SendWithHeadersAsync(HttpMethod.Get, "/no/such/page", ("Accept", "text/html"));

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("DELETE", "/api/me")]
    [InlineData("PATCH", "/api/me/settings")]
    [InlineData("GET", "/api/proxies")]
    public async Task WrongMethod_IsMethodNotAllowed(string method, string path)
    {
        using var resident = await ResidentAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));

        using var response = await resident.Http.SendAsync(request);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    [Fact]
    public async Task WrongMediaType_ToAJsonEndpoint_IsUnsupportedMediaType()
    {
        using var resident = await ResidentAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/me/settings", UriKind.Relative))
        {
            Content = new StringContent("mobile=0701234567", Encoding.UTF8, "text/plain"),
        };

        using var response = await resident.Http.SendAsync(request);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task OversizedMultipartCase_IsPayloadTooLarge_AndNoErrorIsLogged()
    {
        using var resident = await ResidentAsync();
        using var raw = RawHubHttp.Create(fixture, resident);
        const long size = 150L * 1024 * 1024;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/cases", UriKind.Relative))
        {
            Content = new StreamContent(new FillerStream(size)),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=hub-boundary");
        request.Content.Headers.ContentLength = size;

        // As curl does for a large body: the hub refuses it by its Content-Length before a byte of it is sent.
        request.Headers.ExpectContinue = true;

        using var response = await raw.SendAsync(request);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        RefusalAssert.NoErrorLogged(fixture);
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"case\"\r\n\r\n{\"clinicId\":")]
    [InlineData("multipart/form-data; boundary=xyz", "garbage without any boundary")]
    [InlineData("multipart/form-data; boundary=xyz", "--other\r\nContent-Disposition: form-data; name=\"case\"\r\n\r\n{}\r\n--other--\r\n")]
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nno headers here at all\r\n--xyz--\r\n")]
    [InlineData("multipart/form-data", "--xyz\r\nContent-Disposition: form-data; name=\"case\"\r\n\r\n{}\r\n--xyz--\r\n")]
    [InlineData("multipart/form-data; boundary=\"\"", "----\r\n")]
    public async Task MalformedMultipart_IsInvalidRequest(string contentType, string body)
    {
        using var resident = await ResidentAsync();
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await resident.Http.PostAsync(new Uri("/api/cases", UriKind.Relative), content);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        RefusalAssert.NoErrorLogged(fixture);
    }

    [Fact]
    public async Task OversizedFormToTheFhirTokenEndpoint_IsRefusedWithAnOperationOutcome()
    {
        using var client = fixture.NewClient();
        using var content = new StringContent("grant_type=client_credentials&client_assertion=" + new string('a', 25 * 1024 * 1024), Encoding.ASCII, "application/x-www-form-urlencoded");

        using var response = await client.PostRawAsync("/fhir/r4/auth/token", content);

        await RefusalAssert.OperationOutcomeAsync(response, HttpStatusCode.BadRequest);
        RefusalAssert.NoErrorLogged(fixture);
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u001b[31m")]
    [InlineData("\u007f")]
    [InlineData("\u0085")]
    public async Task ControlCharacterInALockRequestNote_IsRefusedAndNeverLogged(string control)
    {
        using var staff = await StaffAsync();
        var resident = await staff.NewResidentAsync(fixture);

        using var response = await staff.PostAsync("/staff/lock-requests", new { personnummer = resident, origin = "staff", reason = "violence", note = $"Hotfull{control}mot personalen" });

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.DoesNotContain(fixture.Logs.Lines, l => l.Contains(control, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LineBreakInAMultiLineNote_IsTaken_ButNotInAOneLineAuthority()
    {
        using var staff = await StaffAsync();
        var resident = await staff.NewResidentAsync(fixture);

        using var note = await staff.PostAsync("/staff/lock-requests", new { personnummer = resident, origin = "staff", reason = "violence", note = "Rad ett\r\nRad två\tslut" });
        using var authority = await staff.PostAsync("/staff/lock-requests", new { personnummer = resident, origin = "authority", authority = "Polisen\nRegion Syd", reason = "legal-investigation" });

        Assert.True(note.StatusCode == HttpStatusCode.Created, $"note: {(int)note.StatusCode} {await note.Content.ReadAsStringAsync()}");
        await ProblemAssert.HasCodeAsync(authority, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Theory]
    [InlineData("/staff/residents?personnummer=19900602%002397")]
    [InlineData("/staff/clinics/SE2321000016-C001/cases?status=new%1B")]
    [InlineData("/staff/cases/a%0Ab")]
    public async Task ControlCharacterInPathOrQuery_IsInvalidRequest(string pathAndQuery)
    {
        using var staff = await StaffAsync();

        using var response = await staff.GetAsync(pathAndQuery);

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task ControlCharacterInACaseForm_IsRefusedBeforeTheDirectoryIsAsked()
    {
        using var resident = await ResidentAsync();

        using var response = await CaseDesk.SubmitAsync(resident, new { clinicId = "SE2321000016-C001\u0000", caseType = "ask-nurse", fields = new { question = "Hej" } });

        await ProblemAssert.HasCodeAsync(response, HttpStatusCode.BadRequest, "invalid_request");
        Assert.DoesNotContain(fixture.Logs.Lines, l => l.Contains('\u0000', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("../../hsa/staff/x")]
    [InlineData("SE2321000016 C001")]
    [InlineData("ÅÄÖ")]
    public async Task MalformedClinicId_IsAFormError_NotADirectoryOutage(string clinicId)
    {
        using var resident = await ResidentAsync();

        using var submitted = await CaseDesk.SubmitAsync(resident, new { clinicId, caseType = "ask-nurse", fields = new { question = "Hej" } });
        using var clinic = await resident.GetAsync($"/api/clinics/{Uri.EscapeDataString(clinicId)}");

        await ProblemAssert.HasCodeAsync(submitted, HttpStatusCode.BadRequest, "invalid_form");
        await ProblemAssert.HasCodeAsync(clinic, HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task NonAsciiHeader_ToCasesAndToAHopOut_IsInvalidRequest()
    {
        using var resident = await ResidentAsync();
        using var raw = RawHubHttp.Create(fixture, resident);
        using var submit = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/cases", UriKind.Relative))
        {
            Content = CaseDesk.Multipart("case", new { clinicId = "SE2321000016-C001", caseType = "ask-nurse", fields = new { question = "Hej" } }, null),
        };
        submit.Headers.TryAddWithoutValidation("Idempotency-Key", "nyckel-åäö");
        using var hop = new HttpRequestMessage(HttpMethod.Get, new Uri("/hop/samples/results", UriKind.Relative));
        hop.Headers.TryAddWithoutValidation("Idempotency-Key", "nyckel-åäö");

        using var submitted = await raw.SendAsync(submit);
        using var forwarded = await raw.SendAsync(hop);

        await ProblemAssert.HasCodeAsync(submitted, HttpStatusCode.BadRequest, "invalid_request");
        await ProblemAssert.HasCodeAsync(forwarded, HttpStatusCode.BadRequest, "invalid_request");
    }

    [Fact]
    public async Task UpperCasePaths_PassTheSameSessionGate()
    {
        using var anonymous = fixture.NewClient();
        using var resident = await ResidentAsync();
        using var staff = await StaffAsync();
        var someone = await anonymous.NewResidentAsync(fixture);

        using var noSession = await anonymous.GetAsync("/API/ME");
        using var own = await resident.GetAsync("/Api/Me");
        using var residentOnStaff = await resident.GetAsync($"/STAFF/residents?personnummer={someone}");
        using var staffOnStaff = await staff.GetAsync($"/Staff/Residents?personnummer={someone}");
        using var staffOnApi = await staff.GetAsync("/API/cases");

        await ProblemAssert.HasCodeAsync(noSession, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, residentOnStaff.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staffOnStaff.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staffOnApi.StatusCode);
        RefusalAssert.NoErrorLogged(fixture);
    }

    [Fact]
    public async Task UpperCaseFhirPath_IsAnsweredWithAnOperationOutcome()
    {
        using var client = fixture.NewClient();

        using var response = await client.GetAsync("/FHIR/R4/Nothing");

        await RefusalAssert.OperationOutcomeAsync(response, HttpStatusCode.NotFound);
    }

    private async Task<HubClient> ResidentAsync()
    {
        var client = fixture.NewClient();
        await client.LoggedInNewResidentAsync(fixture);
        return client;
    }

    private async Task<HubClient> StaffAsync()
    {
        var client = fixture.NewClient();
        var hsaId = TestPeople.HsaId();
        await client.PutStaffAsync(hsaId, LockDesk.HomeRegion, [Roles.CentralSupport]);
        await client.LoggedInStaffAsync(hsaId);
        return client;
    }
}

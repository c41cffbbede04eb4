using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using IntegrationHub.Hub.Tests.Infrastructure;
using IntegrationHub.Hub.Tests.Locks;

namespace IntegrationHub.Hub.Tests.Cases;

/// <summary>
/// The people and places of one case test: a clinic in the simulated HSA directory with an administrator, a receiver
/// and a handler logged in, residents logged in at browsers of their own, and multipart helpers for cases and
/// messages. Disposing it closes every browser.
/// </summary>
internal sealed class CaseDesk(HubFixture fixture) : IDisposable
{
    public const string Region = LockDesk.HomeRegion;

    private readonly LockDesk people = new(fixture);

    /// <summary>No session: for the /sim routes only.</summary>
    public HubClient Sim => people.Sim;

    public HubClient Browser() => people.Browser();

    /// <summary>A new clinic (unit) in the HSA directory; its HSA-id.</summary>
    public async Task<string> ClinicAsync(string name = "Vårdcentralen Testby")
    {
        var hsaId = TestPeople.HsaId();
        using var response = await Sim.PutAsync("/sim/hsa/clinics", new { hsaId, name, region = Region });
        Assert.True(response.IsSuccessStatusCode, $"PUT /sim/hsa/clinics: {(int)response.StatusCode}");
        return hsaId;
    }

    /// <summary>A staff member with these rights at these clinics, logged in at a browser of their own.</summary>
    public async Task<(string HsaId, HubClient Browser)> StaffAsync(params (string Clinic, string[] Rights)[] clinics)
    {
        var hsaId = TestPeople.HsaId();
        var browser = Browser();
        await browser.PutStaffAsync(hsaId, Region, [], clinics);
        await browser.LoggedInStaffAsync(hsaId);
        return (hsaId, browser);
    }

    /// <summary>A new resident in the registry (born on a day of their own).</summary>
    public Task<string> ResidentAsync(bool deceased = false) => people.ResidentAsync(deceased: deceased);

    public Task<HubClient> ResidentSessionAsync(string personnummer) => people.ResidentSessionAsync(personnummer);

    /// <summary>The resident logged in, with a mobile number and an e-mail address for notifications.</summary>
    public async Task<(HubClient Browser, string Mobile, string Email)> ResidentWithContactsAsync(string personnummer)
    {
        var browser = await people.ResidentWithContactsAsync(personnummer);
        var (mobile, email) = LockDesk.ContactsOf(personnummer);
        return (browser, mobile, email);
    }

    /// <summary>The clinic's administrator activates a case type.</summary>
    public static async Task ConfigureAsync(HubClient admin, string clinic, string caseType, bool attachmentsAllowed = true, bool proxyAllowed = true, object? settings = null)
    {
        using var response = await admin.PutAsync($"/staff/clinics/{clinic}/case-types/{caseType}", new { active = true, attachmentsAllowed, proxyAllowed, settings });
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"configure {caseType}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>POST /api/cases as multipart: the part <c>case</c> and one <c>file</c> part per file.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HubClient resident, object caseBody, IEnumerable<(string Name, byte[] Bytes)>? files = null, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/cases", UriKind.Relative)) { Content = Multipart("case", caseBody, files) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await resident.Http.SendAsync(request);
    }

    /// <summary>A case submitted and 201 asserted; its id.</summary>
    public static async Task<string> SubmittedAsync(HubClient resident, string clinic, string question = "Hur länge ska jag ta medicinen?", IEnumerable<(string Name, byte[] Bytes)>? files = null)
    {
        using var response = await SubmitAsync(resident, AskNurse(clinic, question), files);
        return (await ProblemAssert.JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }

    public static object AskNurse(string clinic, string question) => new { clinicId = clinic, caseType = "ask-nurse", fields = new { question } };

    /// <summary>A multipart message (<c>message</c> part <c>{text}</c> and files) to a case path.</summary>
    public static async Task<HttpResponseMessage> PostMessageAsync(HubClient browser, string path, string text, IEnumerable<(string Name, byte[] Bytes)>? files = null, string jsonPart = "message", object? json = null)
    {
        using var content = Multipart(jsonPart, json ?? new { text }, files);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        return await browser.Http.SendAsync(request);
    }

    public static MultipartFormDataContent Multipart(string jsonPart, object json, IEnumerable<(string Name, byte[] Bytes)>? files)
    {
        var content = new MultipartFormDataContent();
        var part = new StringContent(JsonSerializer.Serialize(json, JsonSerializerOptions.Web), Encoding.UTF8, "application/json");
        content.Add(part, jsonPart);
        foreach (var (name, bytes) in files ?? [])
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "file", name);
        }

        return content;
    }

    /// <summary>Every SMS and e-mail sent to these contacts (the outbox is delivered first).</summary>
    public async Task<List<JsonElement>> NotificationsToAsync(params string[] contacts) =>
        [.. (await Sim.GetJsonAsync("/sim/notifications")).EnumerateArray().Where(n => contacts.Contains(n.GetProperty("to").GetString()))];

    public void Dispose() => people.Dispose();
}

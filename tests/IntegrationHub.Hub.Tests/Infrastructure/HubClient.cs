using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Simulators;

namespace IntegrationHub.Hub.Tests.Infrastructure;

/// <summary>
/// A browser's view of the hub: one cookie jar, and helpers for the calls of API.md. Every helper goes over HTTP to the
/// hub's own routes (the /sim ones included), never around them.
/// </summary>
public sealed class HubClient : IDisposable
{
    private readonly HttpClient http;

    public HubClient(Uri baseAddress, SimulatorFleet fleet)
    {
        Fleet = fleet;
        Cookies = new CookieContainer();
        http = new HttpClient(new SocketsHttpHandler { CookieContainer = Cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
        };
    }

    public CookieContainer Cookies { get; }

    public SimulatorFleet Fleet { get; }

    public HttpClient Http => http;

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(new Uri(path, UriKind.Relative));

    public Task<HttpResponseMessage> PostAsync(string path, object body) => http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    public Task<HttpResponseMessage> PutAsync(string path, object body) => http.PutAsJsonAsync(new Uri(path, UriKind.Relative), body);

    public async Task PutPersonAsync(string personnummer, string region = "01", bool deceased = false, string protection = "none", IReadOnlyList<string>? guardians = null, string givenName = "Test", string familyName = "Testsson")
    {
        using var response = await PutAsync("/sim/population/persons", new { personnummer, givenName, familyName, deceased, protection, region, guardians = guardians ?? [] });
        Assert.True(response.IsSuccessStatusCode, $"PUT /sim/population/persons: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task PutStaffAsync(string hsaId, string region, string[] roles, params (string Clinic, string[] Rights)[] clinics)
    {
        using var response = await PutAsync("/sim/hsa/staff", new
        {
            hsaId,
            givenName = "Staff",
            familyName = hsaId[^4..],
            region,
            roles,
            clinics = clinics.Select(c => new { hsaId = c.Clinic, rights = c.Rights }),
        });
        Assert.True(response.IsSuccessStatusCode, $"PUT /sim/hsa/staff: {(int)response.StatusCode}");
    }

    public async Task<string> ResidentAssertionAsync(string personnummer, string method = "bankid")
    {
        using var response = await PostAsync("/sim/idp/resident", new { personnummer, method });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assertion").GetString()!;
    }

    public async Task<string> StaffAssertionAsync(string hsaId)
    {
        using var response = await PostAsync("/sim/idp/staff", new { hsaId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assertion").GetString()!;
    }

    public async Task<HttpResponseMessage> LoginResidentAsync(string personnummer, string method = "bankid") =>
        await PostAsync("/auth/resident/login", new { assertion = await ResidentAssertionAsync(personnummer, method) });

    public async Task<HttpResponseMessage> LoginStaffAsync(string hsaId) =>
        await PostAsync("/auth/staff/login", new { assertion = await StaffAssertionAsync(hsaId) });

    /// <summary>Logs in and fails the test unless the hub says 200.</summary>
    public async Task LoggedInResidentAsync(string personnummer)
    {
        using var response = await LoginResidentAsync(personnummer);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"resident login: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task LoggedInStaffAsync(string hsaId)
    {
        using var response = await LoginStaffAsync(hsaId);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"staff login: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Sets the hub's clock and holds it still there, as the tests of a class expect (they read it to build people).</summary>
    public async Task SetClockAsync(DateTimeOffset now)
    {
        using var response = await PutAsync("/sim/clock", new { now, freeze = true });
        response.EnsureSuccessStatusCode();
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose() => http.Dispose();
}

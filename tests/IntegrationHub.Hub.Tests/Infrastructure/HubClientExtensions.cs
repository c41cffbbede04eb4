using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using IntegrationHub.Gateway.Sessions.Cookies;

namespace IntegrationHub.Hub.Tests.Infrastructure;

/// <summary>The calls the login, hop-out, journal and security tests share, on top of <see cref="HubClient"/>.</summary>
public static class HubClientExtensions
{
    public const string ResidentLogin = "/auth/resident/login";
    public const string StaffLogin = "/auth/staff/login";

    /// <summary>A new person of <paramref name="years"/> (and some days) at the hub's clock, in the registry.</summary>
    public static async Task<string> NewResidentAsync(this HubClient client, HubFixture fixture, int years = 40, string protection = "none", bool deceased = false)
    {
        var personnummer = TestPeople.AgedAt(years, fixture.Clock.GetUtcNow());
        await client.PutPersonAsync(personnummer, protection: protection, deceased: deceased);
        return personnummer;
    }

    /// <summary>A new person of <paramref name="years"/>, logged in at this client (fails the test unless 200).</summary>
    public static async Task<string> LoggedInNewResidentAsync(this HubClient client, HubFixture fixture, int years = 40)
    {
        var personnummer = await client.NewResidentAsync(fixture, years);
        await client.LoggedInResidentAsync(personnummer);
        return personnummer;
    }

    public static Task<HttpResponseMessage> PostAssertionAsync(this HubClient client, string assertion, string path = ResidentLogin) =>
        client.PostAsync(path, new { assertion });

    public static async Task<HttpResponseMessage> PostRawAsync(this HubClient client, string path, HttpContent? content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        return await client.Http.SendAsync(request);
    }

    /// <summary>A request with headers of the caller's choosing, added as sent (no validation).</summary>
    public static async Task<HttpResponseMessage> SendWithHeadersAsync(this HubClient client, HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            Assert.True(request.Headers.TryAddWithoutValidation(name, value), name);
        }

        return await client.Http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> HopAsync(this HubClient client, string service, string pathAndQuery = "") =>
        client.GetAsync($"/hop/{service}/{pathAndQuery}");

    /// <summary>The headers a simulated hop-out service received, from its 200 echo (API.md).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> EchoedHeadersAsync(HttpResponseMessage response)
    {
        var body = await ProblemAssert.JsonAsync(response, HttpStatusCode.OK);
        var headers = body.Deserialize<Dictionary<string, string>>()!;
        return new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The session cookie this client holds now, or null.</summary>
    public static string? SessionToken(this HubClient client, HubFixture fixture) =>
        client.Cookies.GetCookies(fixture.Hub.BaseAddress)[SessionCookie.Name]?.Value;

    /// <summary>Puts a session cookie (e.g. one the hub told the browser to forget) back in the jar.</summary>
    public static void RestoreSessionToken(this HubClient client, HubFixture fixture, string token) =>
        client.Cookies.Add(fixture.Hub.BaseAddress, new Cookie(SessionCookie.Name, token, "/"));

    /// <summary>Moves the hub's clock by <paramref name="by"/> (PUT /sim/clock).</summary>
    public static Task AdvanceClockAsync(this HubClient client, HubFixture fixture, TimeSpan by) =>
        client.SetClockAsync(fixture.Clock.GetUtcNow() + by);

    public static async Task SetRegistryAvailableAsync(this HubClient client, bool available)
    {
        using var response = await client.PutAsync("/sim/population/status", new { available });
        Assert.True(response.IsSuccessStatusCode, $"PUT /sim/population/status: {(int)response.StatusCode}");
    }

    public static async Task<JsonElement> CapabilitiesAsync(this HubClient client) =>
        (await client.GetJsonAsync("/api/me")).GetProperty("capabilities");

    /// <summary>GET <paramref name="path"/> and expect exactly 401 (no live session).</summary>
    public static async Task AssertUnauthenticatedAsync(this HubClient client, string path = "/api/me")
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"GET {path}: expected 401, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>GET <paramref name="path"/> and expect exactly 200.</summary>
    public static async Task AssertOkAsync(this HubClient client, string path = "/api/me")
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: expected 200, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}

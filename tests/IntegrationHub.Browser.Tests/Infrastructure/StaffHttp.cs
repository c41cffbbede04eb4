using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace IntegrationHub.Browser.Tests.Infrastructure;

/// <summary>Staff through the JSON API, for what a test needs done before the browser part (a lock executed).</summary>
public static class StaffHttp
{
    public static async Task<HttpClient> LoggedInAsync(WebHubFixture hub, string hsaId)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = hub.BaseAddress };
        using var signed = await http.PostAsJsonAsync("/sim/idp/staff", new { hsaId });
        var assertion = (await signed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assertion").GetString();
        using var login = await http.PostAsJsonAsync("/auth/staff/login", new { assertion });
        login.EnsureSuccessStatusCode();
        return http;
    }
}

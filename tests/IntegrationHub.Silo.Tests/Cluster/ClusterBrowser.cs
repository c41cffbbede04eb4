using System.Net;
using System.Net.Http.Json;
using IntegrationHub.Simulators;

namespace IntegrationHub.Silo.Tests.Cluster;

/// <summary>
/// One person's browser against the cluster's gateways: one cookie jar for 127.0.0.1, so the session made through one
/// gateway is sent to every other, as a load balancer would spread a person's requests.
/// </summary>
public sealed class ClusterBrowser(SimulatorFleet fleet) : IDisposable
{
    private readonly CookieContainer cookies = new();
    private readonly HttpClient http = new(new SocketsHttpHandler { UseCookies = true, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };

    public HttpClient Http => http;

    public CookieContainer Cookies => cookies;

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri!;
        if (cookies.GetCookieHeader(uri) is { Length: > 0 } header)
        {
            request.Headers.Add("Cookie", header);
        }

        var response = await http.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                cookies.SetCookies(uri, setCookie);
            }
        }

        return response;
    }

    public Task<HttpResponseMessage> GetAsync(Uri gateway, string path, CancellationToken cancellationToken = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(gateway, path)), cancellationToken);

    public Task<HttpResponseMessage> PostJsonAsync(Uri gateway, string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, path)) { Content = JsonContent.Create(body) }, cancellationToken);

    public Task<HttpResponseMessage> PutJsonAsync(Uri gateway, string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Put, new Uri(gateway, path)) { Content = JsonContent.Create(body) }, cancellationToken);

    public async Task LogInResidentAsync(Uri gateway, string personnummer)
    {
        using var response = await PostJsonAsync(gateway, "/auth/resident/login", new { assertion = fleet.IdentityProvider.SignResident(personnummer, "bankid") });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"resident login: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async Task LogInStaffAsync(Uri gateway, string hsaId)
    {
        using var response = await PostJsonAsync(gateway, "/auth/staff/login", new { assertion = fleet.IdentityProvider.SignStaff(hsaId) });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"staff login: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose() => http.Dispose();
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace IntegrationHub.Chaos;

/// <summary>One person's browser: a cookie jar for 127.0.0.1, sent to whichever gateway a request goes to.</summary>
internal sealed class Browser : IDisposable
{
    private readonly HttpClient http;

    public Browser()
    {
        http = new HttpClient(new SocketsHttpHandler { CookieContainer = Cookies, UseCookies = true, AllowAutoRedirect = false, ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            Timeout = TimeSpan.FromSeconds(35),
        };
    }

    public CookieContainer Cookies { get; } = new();

    public Task<HttpResponseMessage> GetAsync(Uri gateway, string path, CancellationToken cancellationToken) =>
        http.GetAsync(new Uri(gateway, path), cancellationToken);

    public Task<HttpResponseMessage> PostJsonAsync(Uri gateway, string path, object body, CancellationToken cancellationToken) =>
        http.PostAsJsonAsync(new Uri(gateway, path), body, cancellationToken);

    public Task<HttpResponseMessage> PutJsonAsync(Uri gateway, string path, object body, CancellationToken cancellationToken) =>
        http.PutAsJsonAsync(new Uri(gateway, path), body, cancellationToken);

    public Task<HttpResponseMessage> SubmitCaseAsync(Uri gateway, string clinic, string key, CancellationToken cancellationToken)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { clinicId = clinic, caseType = "ask-nurse", fields = new { question = $"Fråga {key}" } }), System.Text.Encoding.UTF8, "application/json"), "case" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, "/api/cases")) { Content = content };
        request.Headers.Add("Idempotency-Key", key);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return http.SendAsync(request, cancellationToken);
    }

    public void Dispose() => http.Dispose();
}

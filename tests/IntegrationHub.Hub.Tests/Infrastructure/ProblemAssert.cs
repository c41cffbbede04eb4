using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace IntegrationHub.Hub.Tests.Infrastructure;

public static class ProblemAssert
{
    /// <summary>The response is problem+json with this status and machine-readable code (API.md).</summary>
    public static async Task HasCodeAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} {code}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var actual = JsonDocument.Parse(body).RootElement.GetProperty("code").GetString();
        Assert.Equal(code, actual);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

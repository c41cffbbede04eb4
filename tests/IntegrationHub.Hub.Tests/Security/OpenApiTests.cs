using System.Net;
using IntegrationHub.Gateway.Api.OpenApi;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Security;

/// <summary><c>GET /openapi/v1.json</c>: every <c>/auth</c>, <c>/api</c> and <c>/staff</c> route of API.md with its refusals as problem+json.</summary>
public sealed class OpenApiTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task OpenApi_Document_DescribesEveryRouteOfTheResidentAndStaffApisWithItsRefusals()
    {
        using var browser = fixture.NewClient();

        var document = await browser.GetJsonAsync("/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        foreach (var route in ApiRoutes.All)
        {
            Assert.True(paths.TryGetProperty(route.Path, out var path), $"{route.Path} is not in the document");
            Assert.True(path.TryGetProperty(route.Method.ToLowerInvariant(), out var operation), $"{route.Method} {route.Path} is not in the document");
            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty(route.Success.ToString(System.Globalization.CultureInfo.InvariantCulture), out _), $"{route.Method} {route.Path}: no {route.Success}");
            foreach (var refusal in route.Refusals)
            {
                var response = responses.GetProperty(refusal.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{route.Method} {route.Path} {refusal.Status}");
            }
        }

        var served = paths.EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(served, p => Assert.Matches("^/(auth|api|staff)/", p));
        Assert.Equal(ApiRoutes.All.Select(r => r.Path).Distinct().Order(StringComparer.Ordinal), served.Order(StringComparer.Ordinal));
        Assert.True(paths.GetProperty("/api/start").GetProperty("get").GetProperty("responses").TryGetProperty("401", out _));
    }

    [Fact]
    public async Task OpenApi_ReferenceInSimulation_ServedUnderAContentSecurityPolicyWithoutInlineScript()
    {
        using var browser = fixture.NewClient();

        using var response = await browser.GetAsync("/openapi/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9_-]+';", policy);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", policy);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}

using System.Net;
using System.Text.Json;
using IntegrationHub.Gateway.Tests.Hosting;

namespace IntegrationHub.Gateway.Tests.HopOuts;

public sealed class HopOutRefusalTests
{
    [Theory]
    [Trait("Rule", "HO2")]
    [InlineData("unauthenticated", HttpStatusCode.Unauthorized, "unauthenticated")]
    [InlineData("age_limit", HttpStatusCode.Forbidden, "age_limit")]
    public async Task Forward_RefusedByAuthorizer_ReturnsProblemWithCodeAndForwardsNothing(string decision, HttpStatusCode status, string code)
    {
        await using var fixture = await GatewayFixture.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hop/journal/x");
        request.Headers.Add("X-Test-Decision", decision);

        using var response = await fixture.Client.SendAsync(request);

        await AssertProblemAsync(response, status, code);
    }

    [Fact]
    public async Task Forward_UnknownService_Returns404UnknownService()
    {
        await using var fixture = await GatewayFixture.StartAsync();

        using var response = await fixture.Client.GetAsync(new Uri("/hop/nosuch/x", UriKind.Relative));

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "unknown_service");
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.RootElement.GetProperty("title").GetString()));
    }
}

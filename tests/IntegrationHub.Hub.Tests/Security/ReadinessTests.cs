using System.Net;
using IntegrationHub.Hub.Tests.Infrastructure;

namespace IntegrationHub.Hub.Tests.Security;

/// <summary>
/// <c>/health/ready</c> (API.md: ready only when the store and the registry are reachable): its 503 is a refusal like
/// any other, problem+json with a code. In a class of its own: taking the registry down makes the hub log the outage.
/// </summary>
public sealed class ReadinessTests(HubFixture fixture) : IClassFixture<HubFixture>
{
    [Fact]
    public async Task Ready_WhileTheRegistryIsDown_IsA503ProblemNamingTheCheck()
    {
        using var client = fixture.NewClient();
        await client.SetRegistryAvailableAsync(false);
        try
        {
            using var response = await client.GetAsync("/health/ready");

            await ProblemAssert.HasCodeAsync(response, HttpStatusCode.ServiceUnavailable, "not_ready");
            Assert.Contains("population-registry", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await client.SetRegistryAvailableAsync(true);
        }

        await client.AssertOkAsync("/health/ready");
    }
}

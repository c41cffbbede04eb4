using System.Net;
using System.Net.Http.Json;

namespace IntegrationHub.Adapters.Tests.HopOut;

public sealed class HopOutServiceSimulatorTests(FleetFixture fixture) : IClassFixture<FleetFixture>
{
    [Fact]
    public void HopOuts_Fleet_ListsTheFourServicesOnDistinctPorts()
    {
        Assert.Equal(["journal", "medications", "samples", "support"], fixture.Fleet.HopOuts.Keys.Order());
        Assert.Equal(4, fixture.Fleet.HopOuts.Values.Select(u => u.Port).Distinct().Count());
        Assert.All(fixture.Fleet.HopOuts.Values, u => Assert.Equal("127.0.0.1", u.Host));
    }

    [Theory]
    [InlineData("DELETE", "some/deep/path?x=1")]
    [InlineData("GET", "")]
    [InlineData("POST", "api/v1/orders")]
    public async Task AnyMethodAndPath_WithHeaders_EchoesRequestHeaders(string method, string path)
    {
        using var http = new HttpClient { BaseAddress = fixture.Fleet.HopOuts["medications"] };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("X-Hub-Assertion", "header.payload.signature");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headers = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>();
        Assert.Equal("header.payload.signature", headers!["X-Hub-Assertion"]);
        Assert.Contains("Host", headers.Keys);
    }
}

using System.Net;
using IntegrationHub.Adapters.Hsa;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Adapters.Tests.Http;

/// <summary>
/// The pipeline every adapter client sends through (here the HSA directory's named client), against a real server
/// on 127.0.0.1 that answers 503 once and then 200: only idempotent methods are tried again.
/// </summary>
public sealed class AdapterResilienceTests
{
    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Send_IdempotentMethodAnswered503_RetriesAndSucceeds(string method)
    {
        await using var server = await LocalServer.StartAsync(UnavailableOnce);
        using var services = Services(server);

        using var response = await Client(services).SendAsync(Request(method), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, server.RequestCount);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task Send_UnsafeMethodAnswered503_SendsOnce(string method)
    {
        await using var server = await LocalServer.StartAsync(UnavailableOnce);
        using var services = Services(server);

        using var response = await Client(services).SendAsync(Request(method), CancellationToken.None);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public void Services_TotalTimeoutShorterThanOneAttempt_FailsWithAClearMessage()
    {
        using var services = AdapterServices.Create(o =>
        {
            o.Hsa.BaseAddress = new Uri("http://127.0.0.1:9/");
            o.Hsa.Timeout = TimeSpan.FromSeconds(5);
            o.Hsa.TotalTimeout = TimeSpan.FromSeconds(1);
        });

        var error = Assert.Throws<InvalidOperationException>(() => Client(services));

        Assert.Contains("HubAdapterOptions.Hsa.TotalTimeout", error.Message, StringComparison.Ordinal);
    }

    private static Task UnavailableOnce(HttpContext context, int request)
    {
        context.Response.StatusCode = request == 1 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        return Task.CompletedTask;
    }

    private static HttpRequestMessage Request(string method) => new(new HttpMethod(method), "hsa/anything")
    {
        Content = method is "GET" or "HEAD" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
    };

    private static HttpClient Client(ServiceProvider services) =>
        services.GetRequiredService<IHttpClientFactory>().CreateClient(HsaDirectoryClient.HttpClientName);

    private static ServiceProvider Services(LocalServer server) => AdapterServices.Create(o =>
    {
        o.Hsa.BaseAddress = server.BaseAddress;
        o.Hsa.RetryDelay = TimeSpan.FromMilliseconds(1);
    });
}

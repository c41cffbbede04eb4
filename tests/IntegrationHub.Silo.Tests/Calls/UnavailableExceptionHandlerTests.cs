using System.Net.Sockets;
using System.Text.Json;
using IntegrationHub.Gateway.Errors;
using IntegrationHub.Gateway.Host.Calls;
using IntegrationHub.Grains.Contracts.Calls;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Runtime;

namespace IntegrationHub.Silo.Tests.Calls;

/// <summary>
/// What a client is told when a part of the hub was briefly gone: the exceptions the fault run saw at the gateway (the
/// store restarting, a silo killed under a call) answer 503 or 504 problem+json with a code and Retry-After, not 500.
/// </summary>
public sealed class UnavailableExceptionHandlerTests
{
    public static TheoryData<Exception, int, string> Unavailable => new()
    {
        { new StoreUnavailableException(), 503, "service_unavailable" },
        { new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)), 503, "service_unavailable" },
        { new InvalidOperationException("wrapped", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))), 503, "service_unavailable" },
        { new OrleansException("Error from storage provider during ReadStateAsync", new StoreUnavailableException()), 503, "service_unavailable" },
        { new SiloUnavailableException("the silo is gone"), 503, "service_unavailable" },
        { new TimeoutException("no answer"), 504, "gateway_timeout" },
    };

    [Theory]
    [MemberData(nameof(Unavailable))]
    public async Task TryHandleAsync_PartOfTheHubGone_AnswersProblemWithRetryAfter(Exception exception, int status, string code)
    {
        var (handler, context) = NewRequest();

        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));

        Assert.Equal(status, context.Response.StatusCode);
        Assert.Equal("2", context.Response.Headers.RetryAfter.ToString());
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
        context.Response.Body.Position = 0;
        using var body = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal(code, body.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task TryHandleAsync_HubFault_LeftToTheNext()
    {
        var (handler, context) = NewRequest();

        Assert.False(await handler.TryHandleAsync(context, new InvalidOperationException("a bug"), CancellationToken.None));
        Assert.False(await handler.TryHandleAsync(context, new NpgsqlException("syntax error"), CancellationToken.None));

        Assert.Equal(200, context.Response.StatusCode);
        Assert.False(context.Response.Headers.ContainsKey("Retry-After"));
    }

    private static (UnavailableExceptionHandler Handler, HttpContext Context) NewRequest()
    {
        var services = new ServiceCollection().AddLogging().AddHubProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "POST";
        context.Request.Path = "/api/cases";
        context.Request.Headers.Accept = "application/json";
        context.Response.Body = new MemoryStream();
        var handler = new UnavailableExceptionHandler(services.GetRequiredService<IProblemDetailsService>(), NullLogger<UnavailableExceptionHandler>.Instance);
        return (handler, context);
    }
}

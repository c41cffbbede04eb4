using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using IntegrationHub.Runtime.Remoting.Client;
using IntegrationHub.Runtime.Remoting.Security;
using IntegrationHub.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Runtime.Tests.Remoting;

public sealed class RemoteGrainCallTests
{
    [Fact]
    public async Task Call_WithResult_ReturnsGrainResultAndKeepsState()
    {
        await using var silo = await RemoteSilo.StartAsync();
        await using var client = RemoteSilo.CreateClient(silo.Address);
        var counter = client.GetRequiredService<IGrainFactory>().GetGrain<ICounterGrain>("a/b c%41");

        Assert.Equal(1, await counter.IncrementAsync());
        Assert.Equal(2, await counter.IncrementAsync());

        var local = silo.App.Services.GetRequiredService<IGrainFactory>().GetGrain<ICounterGrain>("a/b c%41");
        Assert.Equal(2, await local.GetAsync());
    }

    [Fact]
    public async Task Call_WithoutResult_CompletesAndRunsOnTheSilo()
    {
        await using var silo = await RemoteSilo.StartAsync();
        await using var client = RemoteSilo.CreateClient(silo.Address);
        var emitter = client.GetRequiredService<IGrainFactory>().GetGrain<IEventEmitterGrain>("void");

        await emitter.RecordAsync("one");
        var alarm = client.GetRequiredService<IGrainFactory>().GetGrain<IAlarmGrain>("alarm");
        await alarm.SetAsync(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(1, await emitter.GetCountAsync());
        Assert.Equal(0, await alarm.GetFiredAsync());
    }

    [Fact]
    public async Task Call_GrainThrows_RethrownAsRemoteGrainExceptionWithoutStack()
    {
        await using var silo = await RemoteSilo.StartAsync();
        await using var client = RemoteSilo.CreateClient(silo.Address);
        var emitter = client.GetRequiredService<IGrainFactory>().GetGrain<IEventEmitterGrain>("fails");

        var e = await Assert.ThrowsAsync<RemoteGrainException>(() => emitter.FailAfterEmittingAsync("x"));

        Assert.Equal("grain_exception", e.Code);
        Assert.Equal(typeof(InvalidOperationException).FullName, e.RemoteExceptionType);
        Assert.Equal("The turn fails after staging an event.", e.Message);
        Assert.Equal(500, e.StatusCode);
    }

    [Fact]
    public async Task Call_UnknownInterface_Returns404()
    {
        await using var silo = await RemoteSilo.StartAsync();
        await using var client = RemoteSilo.CreateClient(silo.Address);
        var unimplemented = client.GetRequiredService<IGrainFactory>().GetGrain<IUnimplementedGrain>("x");

        var e = await Assert.ThrowsAsync<RemoteGrainException>(unimplemented.NothingAsync);
        using var response = await PostAsync(silo, "System.IDisposable", RemoteSilo.Key, timestampOffset: TimeSpan.Zero);

        Assert.Equal(404, e.StatusCode);
        Assert.Equal("unknown_grain_interface", e.Code);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Call_BadSignature_Returns401()
    {
        await using var silo = await RemoteSilo.StartAsync();
        var otherKey = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray());

        using var wrongKey = await PostAsync(silo, typeof(ICounterGrain).FullName!, otherKey, TimeSpan.Zero);
        using var unsigned = await PostAsync(silo, typeof(ICounterGrain).FullName!, key: null, TimeSpan.Zero);

        await AssertProblemAsync(wrongKey, HttpStatusCode.Unauthorized, "invalid_signature");
        await AssertProblemAsync(unsigned, HttpStatusCode.Unauthorized, "invalid_signature");
    }

    [Fact]
    public async Task Call_StaleTimestamp_Returns401()
    {
        await using var silo = await RemoteSilo.StartAsync();

        using var stale = await PostAsync(silo, typeof(ICounterGrain).FullName!, RemoteSilo.Key, TimeSpan.FromSeconds(-31));
        using var fresh = await PostAsync(silo, typeof(ICounterGrain).FullName!, RemoteSilo.Key, TimeSpan.FromSeconds(-5));

        await AssertProblemAsync(stale, HttpStatusCode.Unauthorized, "invalid_signature");
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task Call_OneOfTwoSilosDown_FailsOverToTheOther()
    {
        await using var silo = await RemoteSilo.StartAsync();
        var down = new Uri($"http://127.0.0.1:{FreePort()}/");
        await using var client = RemoteSilo.CreateClient(down, silo.Address);
        var counter = client.GetRequiredService<IGrainFactory>().GetGrain<ICounterGrain>("failover");

        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(i, await counter.IncrementAsync());
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<HttpResponseMessage> PostAsync(RemoteSilo silo, string interfaceName, string? key, TimeSpan timestampOffset)
    {
        var uri = new Uri(silo.Address, $"internal/grains/{Uri.EscapeDataString(interfaceName)}/k/GetAsync");
        var body = Encoding.UTF8.GetBytes("{\"args\":[]}");
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        var timestamp = DateTimeOffset.UtcNow.Add(timestampOffset).ToUnixTimeSeconds();
        request.Headers.Add("X-Grain-Call-Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        if (key is not null)
        {
            var signer = GrainCallSigner.FromOptions(new InternalCallOptions { Key = key });
            request.Headers.Add("X-Grain-Call-Signature", signer.Sign("POST", uri.PathAndQuery, timestamp, body));
        }

        using var http = new HttpClient();
        return await http.SendAsync(request);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
    }
}

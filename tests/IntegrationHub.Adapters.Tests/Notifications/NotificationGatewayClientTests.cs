using System.Net;
using System.Net.Http.Json;
using IntegrationHub.Adapters.Notifications;
using IntegrationHub.Simulators.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Adapters.Tests.Notifications;

public sealed class NotificationGatewayClientTests() : SimulatorTests<NotificationGatewaySimulator>(NotificationGatewaySimulator.StartAsync)
{
    [Fact]
    public async Task SendAsync_SameIdTwice_SendsOneMessage()
    {
        using var services = Services();
        var sms = new OutgoingNotification(
            Guid.NewGuid(), "+46701234567", NotificationChannel.Sms, "Du har ett nytt meddelande.", DateTimeOffset.Parse("2025-03-01T08:00:00Z"));

        await Gateway(services).SendAsync(sms, CancellationToken.None);
        await Gateway(services).SendAsync(sms, CancellationToken.None);

        Assert.Equal(new SimulatedMessage("+46701234567", "sms", sms.Text, sms.SentAt), Assert.Single(Simulator.Messages));
    }

    [Fact]
    public async Task GetMessages_TwoChannels_ListsInArrivalOrderOverHttp()
    {
        using var services = Services();
        await Gateway(services).SendAsync(
            new OutgoingNotification(Guid.NewGuid(), "a@example.se", NotificationChannel.Email, "Nytt meddelande", DateTimeOffset.UnixEpoch),
            CancellationToken.None);
        await Gateway(services).SendAsync(
            new OutgoingNotification(Guid.NewGuid(), "+46701234567", NotificationChannel.Sms, "Nytt meddelande", DateTimeOffset.UnixEpoch),
            CancellationToken.None);
        using var http = new HttpClient { BaseAddress = Simulator.BaseAddress };

        var messages = await http.GetFromJsonAsync<List<SimulatedMessage>>("messages");

        Assert.Equal(["email", "sms"], messages!.Select(m => m.Channel));
        Assert.Equal(["a@example.se", "+46701234567"], messages!.Select(m => m.To));
    }

    [Fact]
    public async Task SendAsync_GatewayUnavailable_ThrowsHttpRequestException()
    {
        using var services = Services();
        Simulator.SetAvailable(false);

        await Assert.ThrowsAsync<HttpRequestException>(() => Gateway(services).SendAsync(
            new OutgoingNotification(Guid.NewGuid(), "+46701234567", NotificationChannel.Sms, "x", DateTimeOffset.UnixEpoch),
            CancellationToken.None));
        Assert.Empty(Simulator.Messages);
    }

    [Fact]
    public async Task SendAsync_Answered503Once_SendsOnceAndThrowsHttpRequestException()
    {
        using var services = Services();
        Simulator.FailNextRequests(1);

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => Gateway(services).SendAsync(Sms(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.StatusCode);
        Assert.Equal(1, Simulator.RequestCount);
        Assert.Empty(Simulator.Messages);
    }

    [Fact]
    public async Task SendAsync_AfterRepeatedFailures_OpensCircuitWithoutCallingGateway()
    {
        Simulator.SetAvailable(false);
        using var services = AdapterServices.Create(o =>
        {
            o.Notifications.BaseAddress = Simulator.BaseAddress;
            o.Notifications.CircuitBreakerMinimumThroughput = 2;
            o.Notifications.CircuitBreakerBreakDuration = TimeSpan.FromMinutes(5);
        });
        var gateway = Gateway(services);
        await Assert.ThrowsAsync<HttpRequestException>(() => gateway.SendAsync(Sms(), CancellationToken.None));
        await Assert.ThrowsAsync<HttpRequestException>(() => gateway.SendAsync(Sms(), CancellationToken.None));
        Simulator.SetAvailable(true);
        var sent = Simulator.RequestCount;

        var e = await Assert.ThrowsAsync<HttpRequestException>(() => gateway.SendAsync(Sms(), CancellationToken.None));

        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(e.InnerException);
        Assert.Equal(2, sent);
        Assert.Equal(sent, Simulator.RequestCount);
        Assert.Empty(Simulator.Messages);
    }

    private static OutgoingNotification Sms() =>
        new(Guid.NewGuid(), "+46701234567", NotificationChannel.Sms, "Du har ett nytt meddelande.", DateTimeOffset.UnixEpoch);

    private static INotificationGateway Gateway(ServiceProvider services) => services.GetRequiredService<INotificationGateway>();

    private ServiceProvider Services() => AdapterServices.Create(o =>
    {
        o.Notifications.BaseAddress = Simulator.BaseAddress;
        o.Notifications.RetryDelay = TimeSpan.FromMilliseconds(1);
    });
}

using IntegrationHub.Identity;
using IntegrationHub.Gateway.Headers;
using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Gateway.HopOuts;
using IntegrationHub.Gateway.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Gateway.Tests.Hosting;

/// <summary>An echo hop-out service and a gateway in front of it, both on real sockets.</summary>
internal sealed class GatewayFixture : IAsyncDisposable
{
    public const string Issuer = "https://gateway.test";
    public const string LoginPath = "/auth/resident/login";

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private GatewayFixture(KestrelApp echo, KestrelApp gateway, TestAuthorizer authorizer)
    {
        Echo = echo;
        Gateway = gateway;
        Authorizer = authorizer;
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = gateway.Address };
    }

    public KestrelApp Echo { get; }

    public KestrelApp Gateway { get; }

    public TestAuthorizer Authorizer { get; }

    public HttpClient Client { get; }

    public static async Task<GatewayFixture> StartAsync(int loginPermits = 30)
    {
        var echo = await EchoDestination.StartAsync();
        var authorizer = new TestAuthorizer();
        var gateway = await KestrelApp.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton(new HubClock(new ManualClock(Now)));
                builder.Services.AddSingleton<IHopOutAuthorizer>(authorizer);
                builder.Services.AddHubGateway(o => o.Issuer = Issuer);
                builder.Services.AddHubLoginRateLimiting(o =>
                {
                    o.PermitLimit = loginPermits;
                    o.Window = TimeSpan.FromHours(1);
                });
            },
            app =>
            {
                app.UseInboundHeaderHygiene();
                app.UseRouting();
                app.UseRateLimiter();
                app.MapHubHopOuts();
                app.MapPost(LoginPath, () => Results.Ok()).RequireRateLimiting(HubLoginRateLimiting.PolicyName);
            });
        gateway.App.Services.GetRequiredService<HopOutDestinations>().Set("journal", echo.Address);
        return new GatewayFixture(echo, gateway, authorizer);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Gateway.DisposeAsync();
        await Echo.DisposeAsync();
    }
}

using IntegrationHub.Benchmarks.Harness;
using IntegrationHub.Gateway.Headers;
using IntegrationHub.Gateway.Hosting;
using IntegrationHub.Gateway.HopOuts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Benchmarks.Gateway;

/// <summary>
/// The hop-out row's peer "the same YARP route without the check" (issue 12), in the harness and never in the product:
/// a Kestrel process with the gateway's own hop-out endpoint (<c>/hop/{service}/{**path}</c>, the gateway's
/// <c>IHttpForwarder</c> set-up, connection pool, <c>HopOutTransformer</c> and assertion issuer) behind the same
/// inbound header hygiene, but with an authorizer that allows every request as one fixed session without asking a
/// grain, so its one assertion is signed once and reused. What the hub spends beyond this process per request is the
/// session check. Serves until stopped (the bench script stops it); 127.0.0.1 only.
/// </summary>
internal static class YarpPeer
{
    public const string Service = "samples";

    public static async Task<int> RunAsync(string[] args)
    {
        var upstream = Cli.Option(args, "--upstream");
        var urls = Cli.Option(args, "--urls") ?? "http://127.0.0.1:8090";
        if (upstream is null || !Uri.TryCreate(upstream, UriKind.Absolute, out var destination) || !destination.IsLoopback
            || !Uri.TryCreate(urls, UriKind.Absolute, out var listen) || !listen.IsLoopback)
        {
            Console.Error.WriteLine("yarp-peer: --upstream http://127.0.0.1:PORT --urls http://127.0.0.1:PORT (127.0.0.1 only)");
            return 2;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHopOutAuthorizer, AllowAllAuthorizer>();
        builder.Services.AddHubGateway(configureServices: o => o.Services[Service] = destination);
        await using var app = builder.Build();
        app.UseInboundHeaderHygiene();
        app.UseRouting();
        app.MapHubHopOuts();
        Console.WriteLine($"yarp-peer: {urls}/hop/{Service}/ -> {destination}");
        await app.RunAsync();
        return 0;
    }
}

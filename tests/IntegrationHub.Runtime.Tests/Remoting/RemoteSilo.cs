using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Runtime.Remoting.Client;
using IntegrationHub.Runtime.Remoting.Server;
using IntegrationHub.Runtime.Storage.Memory;
using IntegrationHub.Runtime.Tests.Grains;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Runtime.Tests.Remoting;

/// <summary>A silo on the memory store serving grain calls on a real Kestrel socket, and a remote client for it.</summary>
internal sealed class RemoteSilo : IAsyncDisposable
{
    public static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private RemoteSilo(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public static async Task<RemoteSilo> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(new SettableTimeProvider(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero)));
        builder.Services.AddSingleton(new OutboxReceiver());
        builder.Services.AddGrainRuntime(o => o.PollInterval = TimeSpan.FromMilliseconds(50))
            .UseMemoryStore(new MemoryGrainStore())
            .AddGrainsFrom(typeof(CounterGrain).Assembly)
            .AddOutboxHandler<RecordingOutboxHandler>();
        builder.Services.AddGrainCallServer(o => o.Key = Key);
        var app = builder.Build();
        app.MapGrainCallEndpoint();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new RemoteSilo(app, new Uri(address));
    }

    /// <summary>A client process's grain factory over these silo addresses.</summary>
    public static ServiceProvider CreateClient(params Uri[] silos)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRemoteGrainClient(
            o =>
            {
                foreach (var silo in silos)
                {
                    o.Silos.Add(silo);
                }
            },
            o => o.Key = Key);
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

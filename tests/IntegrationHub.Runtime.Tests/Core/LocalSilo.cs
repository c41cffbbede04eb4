using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Runtime.Storage.Memory;
using IntegrationHub.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntegrationHub.Runtime.Tests.Core;

/// <summary>A silo on the memory store; several may share one store to play a cluster without PostgreSQL.</summary>
internal sealed class LocalSilo : IAsyncDisposable
{
    private LocalSilo(IHost host) => Host = host;

    public IHost Host { get; }

    public IGrainFactory Grains => Host.Services.GetRequiredService<IGrainFactory>();

    public ISiloControl Control => Host.Services.GetRequiredService<ISiloControl>();

    public static async Task<LocalSilo> StartAsync(MemoryGrainStore store, SettableTimeProvider clock, OutboxReceiver? receiver = null, Action<GrainRuntimeOptions>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(receiver ?? new OutboxReceiver());
        builder.Services.AddGrainRuntime(o =>
            {
                o.PollInterval = TimeSpan.FromMilliseconds(50);
                configure?.Invoke(o);
            })
            .UseMemoryStore(store)
            .AddGrainsFrom(typeof(CounterGrain).Assembly)
            .AddOutboxHandler<RecordingOutboxHandler>();
        var host = builder.Build();
        await host.StartAsync();
        return new LocalSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        await ((IAsyncDisposable)Host).DisposeAsync();
    }
}

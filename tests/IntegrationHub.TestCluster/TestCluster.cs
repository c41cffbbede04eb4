using IntegrationHub.Runtime.Hosting;
using IntegrationHub.Runtime.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.TestCluster;

/// <summary>
/// The equivalent of Orleans' TestCluster: N silos in this process on one PostgreSQL database, sharing a settable
/// clock. Silos can be stopped gracefully or killed, and new ones started.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly List<TestSilo> silos = [];
    private readonly Action<GrainRuntimeBuilder> configureSilo;
    private readonly Action<IServiceCollection>? configureServices;
    private int started;

    private TestCluster(string connectionString, SettableTimeProvider clock, Action<GrainRuntimeBuilder> configureSilo, Action<IServiceCollection>? configureServices)
    {
        ConnectionString = connectionString;
        Clock = clock;
        this.configureSilo = configureSilo;
        this.configureServices = configureServices;
    }

    public string ConnectionString { get; }

    public SettableTimeProvider Clock { get; }

    public IReadOnlyList<TestSilo> Silos => silos;

    public IEnumerable<TestSilo> RunningSilos => silos.Where(s => s.IsRunning);

    public static async Task<TestCluster> StartAsync(
        string connectionString,
        int siloCount,
        Action<GrainRuntimeBuilder> configureSilo,
        Action<IServiceCollection>? configureServices = null,
        DateTimeOffset? start = null)
    {
        var cluster = new TestCluster(connectionString, new SettableTimeProvider(start ?? new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero)), configureSilo, configureServices);
        for (var i = 0; i < siloCount; i++)
        {
            await cluster.StartSiloAsync();
        }

        return cluster;
    }

    public async Task<TestSilo> StartSiloAsync(Action<GrainRuntimeOptions>? configureOptions = null)
    {
        var name = $"silo-{Interlocked.Increment(ref started)}-{Guid.NewGuid().ToString("N")[..6]}";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        configureServices?.Invoke(builder.Services);
        var runtime = builder.Services.AddGrainRuntime(options =>
        {
            options.SiloId = name;
            options.PollInterval = TimeSpan.FromMilliseconds(100);
            configureOptions?.Invoke(options);
        });
        runtime.UsePostgreSql(ConnectionString);
        configureSilo(runtime);
        var host = builder.Build();
        await host.StartAsync();
        var silo = new TestSilo(host, name);
        silos.Add(silo);
        return silo;
    }

    public async Task StopSiloAsync(TestSilo silo)
    {
        if (!silo.IsRunning)
        {
            return;
        }

        silo.IsRunning = false;
        await silo.Host.StopAsync();
        await ((IAsyncDisposable)silo.Host).DisposeAsync();
    }

    /// <summary>Ends a silo as a crash would: nothing is deactivated or cleaned up, its leases simply run out.</summary>
    public async Task KillSiloAsync(TestSilo silo)
    {
        if (!silo.IsRunning)
        {
            return;
        }

        silo.IsRunning = false;
        silo.Control.Kill();
        await ((IAsyncDisposable)silo.Host).DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in silos.Where(s => s.IsRunning).ToList())
        {
            await StopSiloAsync(silo);
        }
    }
}

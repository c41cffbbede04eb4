using System.Security.Cryptography;
using IntegrationHub.Adapters;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.Identity;
using IntegrationHub.ServiceDefaults;
using IntegrationHub.ServiceDefaults.Ports;
using IntegrationHub.Silo.Hosting;
using IntegrationHub.Simulators;
using IntegrationHub.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Storage;

namespace IntegrationHub.Benchmarks.Hosting;

/// <summary>
/// A hub silo in this process, configured as the silo host configures one (<see cref="HubSiloHosting.AddHubSilo"/>:
/// ADO.NET clustering, grain storage and reminders on PostgreSQL, or the local hub's SQLite providers), with the
/// adapters pointed at a <see cref="SimulatorFleet"/> on 127.0.0.1 and the hub's clock given by the benchmark. A fresh
/// cluster id each time, so a second silo on the same database never waits on an earlier one's membership rows.
/// </summary>
internal sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost host;
    private readonly DirectoryInfo? ownedDirectory;

    private BenchSilo(IHost host, HubOptions options, DirectoryInfo? ownedDirectory)
    {
        this.host = host;
        this.ownedDirectory = ownedDirectory;
        Options = options;
    }

    public HubOptions Options { get; }

    public IServiceProvider Services => host.Services;

    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public HubGrains HubGrains => host.Services.GetRequiredService<HubGrains>();

    public IGrainStorageSerializer StorageSerializer => host.Services.GetRequiredService<IGrainStorageSerializer>();

    /// <summary>Activations on this silo now (Orleans' management grain).</summary>
    public async Task<int> ActivationCountAsync()
    {
        var management = Grains.GetGrain<IManagementGrain>(0);
        var stats = await management.GetSimpleGrainStatistics();
        return stats.Sum(s => s.ActivationCount);
    }

    /// <param name="connectionString">PostgreSQL, or null for the local hub's SQLite store in a temp folder.</param>
    /// <param name="fleet">The simulators the adapters call.</param>
    /// <param name="clock">The hub's clock (rules, ages, retention); Orleans keeps real time.</param>
    /// <param name="pseudonymKey">The pseudonym key, so that a seed and the silo agree on grain keys.</param>
    /// <param name="responseTimeout">How long a grain call may take (Orleans' default is 30 s; one sweep call takes longer).</param>
    public static async Task<BenchSilo> StartAsync(
        string? connectionString,
        SimulatorFleet fleet,
        TimeProvider clock,
        byte[]? pseudonymKey = null,
        TimeSpan? responseTimeout = null)
    {
        DirectoryInfo? directory = null;
        var ports = FreePorts.Take(2);
        var options = new HubOptions
        {
            Store = connectionString is null ? HubStoreKind.Sqlite : HubStoreKind.Postgres,
            ConnectionString = connectionString,
            ClusterId = $"bench-{Guid.NewGuid():N}",
            SiloPort = ports[0],
            GatewayPort = ports[1],
        };
        if (connectionString is null)
        {
            directory = Directory.CreateTempSubdirectory("hub-bench-");
            options.DataDirectory = directory.FullName;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        var key = Convert.ToBase64String(pseudonymKey ?? RandomNumberGenerator.GetBytes(32));
        builder.Services.AddHubCore(options, key, new HubClock(clock), keyFileAllowed: false);
        builder.Services.AddHubAdapters(a =>
        {
            a.PopulationRegistry.BaseAddress = fleet.PopulationRegistry.BaseAddress;
            a.Hsa.BaseAddress = fleet.Hsa.BaseAddress;
            a.Journal.BaseAddress = fleet.Journal.BaseAddress;
            a.Notifications.BaseAddress = fleet.Notifications.BaseAddress;
            a.IdentityProvider.BaseAddress = fleet.IdentityProvider.BaseAddress;
            a.IdentityProvider.Issuer = fleet.IdentityProvider.Issuer;
        });
        builder.UseOrleans(silo =>
        {
            silo.AddHubSilo(options);
            if (responseTimeout is { } timeout)
            {
                silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = timeout);
            }
        });
        var host = builder.Build();
        await host.StartAsync();
        return new BenchSilo(host, options, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        ownedDirectory?.Delete(recursive: true);
    }
}

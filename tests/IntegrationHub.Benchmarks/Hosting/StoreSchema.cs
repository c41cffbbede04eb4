using IntegrationHub.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntegrationHub.Benchmarks.Hosting;

/// <summary>The hub's and Orleans' tables on a PostgreSQL database (the store's own migrations), with no silo running, for a seed.</summary>
internal static class StoreSchema
{
    public static async Task ApplyAsync(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddHubStore(new HubStoreOptions { Kind = HubStoreKind.Postgres, ConnectionString = connectionString });
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
    }
}

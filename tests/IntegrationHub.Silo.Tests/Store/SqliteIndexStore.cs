using IntegrationHub.Store;
using IntegrationHub.Store.Indexes;
using IntegrationHub.Store.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Silo.Tests.Store;

/// <summary>The hub's tables on a SQLite file in a fresh folder, set up as the hub sets them up (<c>AddHubStore</c>).</summary>
public sealed class SqliteIndexStore : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("hub-index-").FullName;
    private ServiceProvider services = null!;

    public IIndexStore Index { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        services = new ServiceCollection()
            .AddHubStore(new HubStoreOptions { DataDirectory = directory, ServiceId = "group-commit" })
            .BuildServiceProvider();
        foreach (var initializer in services.GetServices<IStoreInitializer>())
        {
            await initializer.InitializeAsync(CancellationToken.None);
        }

        Index = services.GetRequiredService<IIndexStore>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }
}

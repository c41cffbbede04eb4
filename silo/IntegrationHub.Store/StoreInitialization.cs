using IntegrationHub.Store.Migrations;
using Microsoft.Extensions.Hosting;

namespace IntegrationHub.Store;

/// <summary>
/// Brings the schema up to date before any hosted service starts (Orleans' clustering reads its tables at start), so the
/// order in which a host registers the store and Orleans does not matter.
/// </summary>
internal sealed class StoreInitialization(IEnumerable<IStoreInitializer> initializers) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

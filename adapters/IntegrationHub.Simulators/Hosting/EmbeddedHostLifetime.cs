using Microsoft.Extensions.Hosting;

namespace IntegrationHub.Simulators.Hosting;

/// <summary>
/// A simulator lives inside another process and stops when its owner disposes it: it does not listen for Ctrl+C
/// or SIGTERM itself (the console lifetime would, once per simulator).
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

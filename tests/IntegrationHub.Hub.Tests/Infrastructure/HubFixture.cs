using IntegrationHub.LocalHub.Hosting;
using IntegrationHub.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Hub.Tests.Infrastructure;

/// <summary>
/// One local hub per test class: silo, gateway, simulators and the embedded SQLite store in a fresh folder, on
/// 127.0.0.1 port 0, with every log line captured. Tests in a class share its clock, so they run one at a time.
/// </summary>
public class HubFixture : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "hub-tests", Guid.NewGuid().ToString("N"));

    public RunningHub Hub { get; private set; } = null!;

    public LogCapture Logs { get; } = new();

    public SettableTimeProvider Clock => (SettableTimeProvider)Hub.App.Services.GetRequiredService<TimeProvider>();

    protected virtual IEnumerable<string> ExtraArguments => [];

    public virtual async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--Hub:Simulation=true",
            $"--Hub:DataDirectory={dataDirectory}",
            .. ExtraArguments,
        ];
        Hub = await LocalHubApplication.StartAsync(args, shared: null, CancellationToken.None, builder => builder.Logging.AddProvider(Logs));
    }

    public HubClient NewClient() => new(Hub.BaseAddress, Hub.Fleet);

    public virtual async Task DisposeAsync()
    {
        await Hub.DisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a closing connection is left for the OS to clean up with the temp folder.
        }
    }
}

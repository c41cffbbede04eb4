using IntegrationHub.LocalHub.Hosting;
using IntegrationHub.Identity;
using IntegrationHub.LocalHub.Simulation;
using Microsoft.AspNetCore.Builder;
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

    public HubClock Clock => Hub.App.Services.GetRequiredService<HubClock>();

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
        Hub = await LocalHubApplication.StartAsync(args, shared: null, CancellationToken.None, builder =>
        {
            builder.Logging.AddProvider(Logs);
            Configure(builder);
        });

        // Tests of a class share the clock and read it to build people of an age; it stands still unless a test moves it.
        ((SimulatedClock)Clock.Inner).Set(Clock.GetUtcNow(), freeze: true);
    }

    /// <summary>What a fixture adds to the hub's builder (an exporter, a service) before it is built.</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    public HubClient NewClient() => new(Hub.BaseAddress, Hub.Fleet);

    public virtual async Task DisposeAsync()
    {
        await Hub.DisposeAsync();
        if (Environment.GetEnvironmentVariable("HUB_TEST_LOG_DIR") is { Length: > 0 } logDirectory)
        {
            // For a failure that needs the hub's own account: HUB_TEST_LOG_DIR=/tmp/logs dotnet test ...
            Directory.CreateDirectory(logDirectory);
            await File.WriteAllLinesAsync(Path.Combine(logDirectory, $"{GetType().Name}-{Guid.NewGuid():N}.log"), Logs.Lines);
        }

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

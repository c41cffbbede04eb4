using System.Net;
using IntegrationHub.ServiceDefaults.Ports;
using IntegrationHub.Silo.Hosting;
using IntegrationHub.Simulators.PopulationRegistry;
using IntegrationHub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Silo.Tests.Hosting;

public sealed class HubSiloApplicationTests : IAsyncLifetime
{
    private PopulationRegistrySimulator registry = null!;

    private string RegistryArgument => $"--Hub:Adapters:PopulationRegistry:BaseAddress={registry.BaseAddress}";

    private static string[] OrleansArguments =>
    [
        .. OrleansPorts(),
        $"--Hub:ClusterId=silo-test-{Guid.NewGuid():N}",
        $"--Hub:PseudonymKey={Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))}",
    ];

    public async Task InitializeAsync() => registry = await PopulationRegistrySimulator.StartAsync(CancellationToken.None);

    public async Task DisposeAsync() => await registry.DisposeAsync();

    [Fact]
    public async Task Start_OnPostgreSql_AppliesMigrationsAndIsReady()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = HubSiloApplication.Create(
            ["--urls", "http://127.0.0.1:0", "--Hub:Store=postgres", $"--ConnectionStrings:Hub={database.ConnectionString}", RegistryArgument, .. OrleansArguments]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = BaseAddress(app) };

        var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        var ready = await ReadinessAsync(client);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready);
        await app.StopAsync();
    }

    [Fact]
    public async Task Start_OnSqlite_CreatesTheStoreInTheDataDirectory()
    {
        var directory = Directory.CreateTempSubdirectory("hub-silo-").FullName;
        try
        {
            await using var app = HubSiloApplication.Create(["--urls", "http://127.0.0.1:0", $"--Hub:DataDirectory={directory}", RegistryArgument, .. OrleansArguments]);
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = BaseAddress(app) };

            var ready = await ReadinessAsync(client);

            Assert.Equal(HttpStatusCode.OK, ready);
            Assert.True(File.Exists(Path.Combine(directory, "hub.db")));
            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    [Trait("Rule", "ID3")]
    public async Task Ready_RegistryUnavailable_Answers503AndRecovers()
    {
        var directory = Directory.CreateTempSubdirectory("hub-silo-").FullName;
        try
        {
            await using var app = HubSiloApplication.Create(["--urls", "http://127.0.0.1:0", $"--Hub:DataDirectory={directory}", RegistryArgument, .. OrleansArguments]);
            await app.StartAsync();
            using var client = new HttpClient { BaseAddress = BaseAddress(app) };

            registry.SetAvailable(false);
            var down = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            registry.SetAvailable(true);
            var up = await ReadinessAsync(client);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.OK, up);
            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Create_PostgresWithoutConnectionString_FailsWithAClearMessage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HubSiloApplication.Create(["--Hub:Store=postgres"]));

        Assert.Contains("ConnectionStrings:Hub", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The readiness a silo reaches: its checks give the store and the registry two seconds each, which a loaded machine
    /// can miss at the first ask (two test runs here did), so ask again until it answers 200 or a minute has passed.
    /// </summary>
    private static async Task<HttpStatusCode> ReadinessAsync(HttpClient client)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        HttpStatusCode status;
        do
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), CancellationToken.None);
            status = response.StatusCode;
            if (status == HttpStatusCode.OK)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
        while (!patience.IsCancellationRequested);

        return status;
    }

    private static Uri BaseAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private static string[] OrleansPorts()
    {
        var ports = FreePorts.Take(2);
        return [$"--Hub:SiloPort={ports[0]}", $"--Hub:GatewayPort={ports[1]}"];
    }
}

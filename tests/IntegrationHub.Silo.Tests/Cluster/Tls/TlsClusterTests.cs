using System.Net;
using System.Net.Http.Json;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using IntegrationHub.Gateway.Host;
using IntegrationHub.ServiceDefaults.Ports;
using IntegrationHub.Silo.Hosting;
using IntegrationHub.Simulators;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;

namespace IntegrationHub.Silo.Tests.Cluster.Tls;

/// <summary>
/// SEC4 between the hub's processes, each started as its host starts it, from its command line: silos
/// (<c>Hub:Tls:*</c>) form a cluster over mutual TLS with certificates of a CA made in the test, a gateway with such a
/// certificate calls their grains and serves HTTPS (<c>Kestrel:Endpoints</c>), and a silo or gateway whose certificate
/// comes from another CA is refused in the handshake.
/// </summary>
public sealed class TlsClusterTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("hub-tls-").FullName;
    private readonly string clusterId = $"tls-{Guid.NewGuid():N}";
    private readonly string pseudonymKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly List<WebApplication> apps = [];
    private readonly TestAuthority authority = TestAuthority.Create("IntegrationHub test CA");
    private readonly TestAuthority stranger = TestAuthority.Create("Some other CA");
    private PostgresDatabase database = null!;
    private SimulatorFleet fleet = null!;
    private string trusted = null!;

    public async Task InitializeAsync()
    {
        trusted = authority.WriteCertificate(directory);
        database = await PostgresDatabase.CreateAsync();
        fleet = await SimulatorFleet.StartAsync(TimeProvider.System, CancellationToken.None);
    }

    [Fact]
    [Trait("Rule", "SEC4")]
    public async Task TlsCluster_SiloOrClientWithoutTrustedCertificate_IsRefused()
    {
        var first = await StartAsync(CreateSilo(authority.Issue("silo-a", directory)));
        await StartAsync(CreateSilo(authority.Issue("silo-b", directory)));
        await WaitUntilAsync(() => ActiveSilos(first) == 2);

        // A gateway with a certificate of the cluster's CA reaches the grains of both silos.
        var gateway = await StartAsync(CreateGateway(authority.Issue("gateway", directory), "--urls", "http://127.0.0.1:0"));
        var hosts = await gateway.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(2, hosts.Count);

        // A silo with a certificate of another CA (it trusts the cluster's CA itself) is refused by both in the handshake.
        var intruder = CreateSilo(stranger.Issue("intruder", directory));
        await Assert.ThrowsAnyAsync<Exception>(() => intruder.StartAsync());
        var intruderAddress = intruder.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
        await intruder.DisposeAsync();

        Assert.Equal(2, ActiveSilos(first));
        var membership = first.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot;
        Assert.False(membership.Members.TryGetValue(intruderAddress, out var member) && member.Status == SiloStatus.Active);

        // So is a client with such a certificate at a silo's gateway port: the handshake ends in the silo's refusal.
        var outsider = stranger.Issue("outsider", directory);
        using var outsiderCertificate = X509Certificate2.CreateFromPemFile(outsider.CertificatePath, outsider.KeyPath);
        var gatewayEndpoint = first.Services.GetRequiredService<ILocalSiloDetails>().GatewayAddress!.Endpoint;
        await Assert.ThrowsAnyAsync<IOException>(() => TalkTlsAsync(gatewayEndpoint, outsiderCertificate, authority));
    }

    [Fact]
    [Trait("Rule", "SEC4")]
    public async Task TlsGateway_PlainHttpFromOutsideLoopback_RefusedAndHttpsServedWithHsts()
    {
        var outside = MachineAddress.Outside();
        await StartAsync(CreateSilo(authority.Issue("silo", directory)));
        var ports = FreePorts.Take(2);
        var certificate = authority.Issue("gateway", directory, outside);
        var gateway = await StartAsync(CreateGateway(
            certificate,
            $"--Kestrel:Endpoints:Https:Url=https://0.0.0.0:{ports[0]}",
            $"--Kestrel:Endpoints:Https:Certificate:Path={certificate.CertificatePath}",
            $"--Kestrel:Endpoints:Https:Certificate:KeyPath={certificate.KeyPath}",
            $"--Kestrel:Endpoints:Http:Url=http://0.0.0.0:{ports[1]}"));
        var hosts = await gateway.Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Single(hosts);

        using var http = new HttpClient(authority.TrustingHandler());

        using (var secure = await http.GetAsync(new Uri($"https://{outside}:{ports[0]}/health/live")))
        {
            Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
            Assert.StartsWith("max-age=", string.Join(',', secure.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        }

        using (var plain = await http.GetAsync(new Uri($"http://{outside}:{ports[1]}/health/live")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, plain.StatusCode);
            var problem = await plain.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("https_required", problem.GetProperty("code").GetString());
        }

        // On the machine itself (probes, the scrape) plain HTTP is served.
        using var local = await http.GetAsync(new Uri($"http://127.0.0.1:{ports[1]}/health/live"));
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
    }

    public async Task DisposeAsync()
    {
        foreach (var app in Enumerable.Reverse(apps))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await fleet.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await database.DisposeAsync();
        authority.Dispose();
        stranger.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>
    /// A TLS handshake at <paramref name="endpoint"/> showing <paramref name="certificate"/>, then a read: under TLS 1.3
    /// the server judges a client's certificate after the client's side of the handshake, so its refusal arrives with
    /// the first read (an alert, or the connection closed).
    /// </summary>
    private static async Task TalkTlsAsync(IPEndPoint endpoint, X509Certificate2 certificate, TestAuthority ca)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(endpoint);
        await using var tls = new SslStream(tcp.GetStream());
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = "integrationhub-silo",
            ClientCertificates = [certificate],
            RemoteCertificateValidationCallback = (_, peer, _, errors) => ca.Issued(peer, errors),
        });
        if (await tls.ReadAsync(new byte[1]) == 0)
        {
            throw new IOException("The silo closed the connection.");
        }
    }

    private static int ActiveSilos(WebApplication silo) =>
        silo.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot.Members.Values.Count(m => m.Status == SiloStatus.Active);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(200, limit.Token);
        }
    }

    private async Task<WebApplication> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        apps.Add(app);
        return app;
    }

    private string[] TlsArguments((string CertificatePath, string KeyPath) certificate) =>
    [
        $"--ConnectionStrings:Hub={database.ConnectionString}",
        $"--Hub:ClusterId={clusterId}",
        $"--Hub:PseudonymKey={pseudonymKey}",
        $"--Hub:Tls:CertificatePath={certificate.CertificatePath}",
        $"--Hub:Tls:KeyPath={certificate.KeyPath}",
        $"--Hub:Tls:CaPath={trusted}",
        $"--Hub:Adapters:PopulationRegistry:BaseAddress={fleet.PopulationRegistry.BaseAddress}",
        $"--Hub:Adapters:Hsa:BaseAddress={fleet.Hsa.BaseAddress}",
    ];

    /// <summary>A silo as the silo host makes it, from its command line.</summary>
    private WebApplication CreateSilo((string CertificatePath, string KeyPath) certificate)
    {
        var ports = FreePorts.Take(2);
        return HubSiloApplication.Create(
            [
                "--urls", "http://127.0.0.1:0",
                "--Hub:Store=postgres",
                $"--Hub:SiloPort={ports[0]}",
                $"--Hub:GatewayPort={ports[1]}",
                $"--Hub:Adapters:Journal:BaseAddress={fleet.Journal.BaseAddress}",
                $"--Hub:Adapters:Notifications:BaseAddress={fleet.Notifications.BaseAddress}",
                .. TlsArguments(certificate),
            ],
            builder =>
            {
                builder.Services.Configure<ClusterMembershipOptions>(o => o.MaxJoinAttemptTime = TimeSpan.FromSeconds(15));
                builder.Services.AddSingleton<IFatalErrorHandler, StoppedSiloErrorHandler>();
            });
    }

    /// <summary>A gateway as the gateway host makes it, from its command line.</summary>
    private WebApplication CreateGateway((string CertificatePath, string KeyPath) certificate, params string[] endpoints) =>
        GatewayApplication.Create(
        [
            .. endpoints,
            $"--Hub:Adapters:IdentityProvider:BaseAddress={fleet.IdentityProvider.BaseAddress}",
            $"--Hub:Adapters:IdentityProvider:Issuer={fleet.IdentityProvider.Issuer}",
            .. fleet.HopOuts.Select(h => $"--Hub:HopOuts:{h.Key}={h.Value}"),
            .. TlsArguments(certificate),
        ]);
}

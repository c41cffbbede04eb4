using System.Net;
using System.Security.Cryptography;
using IntegrationHub.ServiceDefaults.Ports;
using IntegrationHub.Silo.Hosting;
using IntegrationHub.Simulators.PopulationRegistry;

namespace IntegrationHub.Silo.Tests.Cluster.Tls;

/// <summary>The Orleans Dashboard (<c>Hub:Dashboard=true</c>) answers on the silo's machine only.</summary>
public sealed class DashboardTests
{
    [Fact]
    [Trait("Rule", "SEC4")]
    public async Task Dashboard_FromOutsideLoopback_NotFoundAndFromLoopback_Served()
    {
        var outside = MachineAddress.Outside();
        var directory = Directory.CreateTempSubdirectory("hub-dashboard-").FullName;
        try
        {
            using var authority = TestAuthority.Create("IntegrationHub test CA");
            var certificate = authority.Issue("silo", directory, outside);
            await using var registry = await PopulationRegistrySimulator.StartAsync(CancellationToken.None);
            var ports = FreePorts.Take(4);
            await using var silo = HubSiloApplication.Create(
            [
                $"--Kestrel:Endpoints:Https:Url=https://0.0.0.0:{ports[0]}",
                $"--Kestrel:Endpoints:Https:Certificate:Path={certificate.CertificatePath}",
                $"--Kestrel:Endpoints:Https:Certificate:KeyPath={certificate.KeyPath}",
                $"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{ports[1]}",
                $"--Hub:DataDirectory={directory}",
                "--Hub:Dashboard=true",
                $"--Hub:SiloPort={ports[2]}",
                $"--Hub:GatewayPort={ports[3]}",
                $"--Hub:ClusterId=dashboard-{Guid.NewGuid():N}",
                $"--Hub:PseudonymKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
                $"--Hub:Adapters:PopulationRegistry:BaseAddress={registry.BaseAddress}",
            ]);
            await silo.StartAsync();
            using var http = new HttpClient(authority.TrustingHandler());

            using var fromOutside = await http.GetAsync(new Uri($"https://{outside}:{ports[0]}{HubSiloDashboard.Path}"));
            using var healthFromOutside = await http.GetAsync(new Uri($"https://{outside}:{ports[0]}/health/live"));
            using var fromLoopback = await http.GetAsync(new Uri($"http://127.0.0.1:{ports[1]}{HubSiloDashboard.Path}"));

            Assert.Equal(HttpStatusCode.NotFound, fromOutside.StatusCode);
            Assert.Equal(HttpStatusCode.OK, healthFromOutside.StatusCode);
            Assert.Equal(HttpStatusCode.OK, fromLoopback.StatusCode);
            Assert.Contains("text/html", fromLoopback.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            await silo.StopAsync();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

using IntegrationHub.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;

namespace IntegrationHub.Silo.Tests.Hosting;

/// <summary>
/// <c>Hub:Kubernetes</c> wires Orleans' Kubernetes hosting into the silo, and only it does; the hub's cluster and service
/// ids stay the hub's. The silos are built, not started (no pod, no API server here).
/// </summary>
public sealed class HubSiloKubernetesHostingTests
{
    private static readonly string PseudonymKey = $"--Hub:PseudonymKey={Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))}";

    [Fact]
    public async Task Create_KubernetesOnPostgres_UsesKubernetesHostingWithTheHubsIds()
    {
        await using var app = Postgres("--Hub:Kubernetes=true");

        var cluster = app.Services.GetRequiredService<IOptions<ClusterOptions>>().Value;

        Assert.NotEmpty(app.Services.GetServices<IValidateOptions<KubernetesHostingOptions>>());
        Assert.Equal("k8s-test", cluster.ClusterId);
        Assert.Equal("k8s-service", cluster.ServiceId);
    }

    [Fact]
    public async Task Create_WithoutKubernetes_HasNoKubernetesHosting()
    {
        await using var app = Postgres();

        Assert.Empty(app.Services.GetServices<IValidateOptions<KubernetesHostingOptions>>());
    }

    [Fact]
    public void Create_KubernetesOnSqlite_FailsWithAClearMessage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => HubSiloApplication.Create(["--Hub:Kubernetes=true", PseudonymKey]));

        Assert.Contains("Hub:Store=postgres", error.Message, StringComparison.Ordinal);
    }

    private static WebApplication Postgres(params string[] more) => HubSiloApplication.Create(
    [
        "--Hub:Store=postgres",
        "--ConnectionStrings:Hub=Host=127.0.0.1;Database=never-opened",
        "--Hub:ClusterId=k8s-test",
        "--Hub:ServiceId=k8s-service",
        PseudonymKey,
        .. more,
    ]);
}

using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using IntegrationHub.Adapters;
using IntegrationHub.Grains.Contracts.Keys;
using IntegrationHub.ServiceDefaults;
using IntegrationHub.ServiceDefaults.Ports;
using IntegrationHub.ServiceDefaults.Telemetry;
using IntegrationHub.ServiceDefaults.Transport;
using IntegrationHub.Silo.Hosting;
using IntegrationHub.Simulators.PopulationRegistry;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting.Kubernetes;
using YamlDotNet.RepresentationModel;

namespace IntegrationHub.Silo.Tests.Deployment;

/// <summary>
/// deploy/k8s against the code: every setting a manifest gives is one the hub reads, secrets only by reference, ports
/// and probes agree with the settings and with endpoints that answer, selectors select. (The schema itself:
/// deploy/k8s/validate, run by test.sh.)
/// </summary>
public sealed class KubernetesManifestTests
{
    /// <summary>Settings read by key rather than bound to an options type.</summary>
    private static readonly string[] ReadByKey =
    [
        PseudonymKey.Setting, "Hub:Logging:Json", "Hub:Fhir:IdKey", "Hub:Fhir:TokenKeyPem", "Hub:Gateway:SigningKeyPem", "ConnectionStrings:Hub",
    ];

    /// <summary>The pod's own facts, read from the environment by Orleans' Kubernetes hosting (<c>Hub:Kubernetes</c>).</summary>
    private static readonly string[] ReadByKubernetesHosting =
    [
        KubernetesHostingOptions.PodNameEnvironmentVariable, KubernetesHostingOptions.PodNamespaceEnvironmentVariable, KubernetesHostingOptions.PodIPEnvironmentVariable,
    ];

    private static readonly string[] SecretWords = ["Key", "Pem", "ConnectionStrings", "Password", "Secret"];

    private readonly IReadOnlyList<(string File, YamlMappingNode Document)> documents = Manifest.Load();

    private IEnumerable<(string File, YamlMappingNode Deployment, YamlMappingNode Container)> Containers =>
        documents.Where(d => d.Document.Text("kind") == "Deployment")
            .SelectMany(d => d.Document.Items("spec", "template", "spec", "containers").Select(c => (d.File, d.Document, c)));

    [Fact]
    public void Manifests_EverySetting_IsOneTheHubReads()
    {
        var known = KnownSettings();
        var settings = Containers.SelectMany(c => c.Container.Items("env").Select(e => (c.File, Key: e.Text("name").Replace("__", ":", StringComparison.Ordinal)))).ToList();

        Assert.NotEmpty(settings);
        Assert.All(settings, s => Assert.True(known(s.Key), $"{s.File}: {s.Key} is read by nothing in the hub"));
    }

    [Fact]
    public void Manifests_Secrets_OnlyBySecretReference()
    {
        Assert.DoesNotContain(documents, d => d.Document.Text("kind") == "Secret");
        foreach (var (file, _, container) in Containers)
        {
            foreach (var variable in container.Items("env").Where(e => IsSecret(e.Text("name"))))
            {
                Assert.True(variable.Find("value") is null, $"{file}: {variable.Text("name")} has a literal value");
                Assert.NotNull(variable.Find("valueFrom", "secretKeyRef", "name"));
            }
        }

        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Deployment", "k8s")))
        {
            Assert.DoesNotContain("-----BEGIN", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Manifests_Ports_AgreeWithSettingsAndProbes()
    {
        foreach (var (file, _, container) in Containers)
        {
            var ports = container.Items("ports").ToDictionary(p => p.Text("name"), p => int.Parse(p.Text("containerPort"), System.Globalization.CultureInfo.InvariantCulture));
            var env = container.Items("env").Where(e => e.Find("value") is not null).ToDictionary(e => e.Text("name"), e => e.Text("value"));
            var kestrel = env.Where(e => e.Key.StartsWith("Kestrel__Endpoints__", StringComparison.Ordinal) && e.Key.EndsWith("__Url", StringComparison.Ordinal))
                .ToDictionary(e => new Uri(e.Value).Port, e => new Uri(e.Value).Scheme);

            // Every HTTP endpoint is HTTPS (SEC4) and declared; Orleans' ports are the configured ones.
            Assert.NotEmpty(kestrel);
            Assert.All(kestrel, k => Assert.Equal("https", k.Value));
            Assert.All(kestrel.Keys, port => Assert.Contains(port, ports.Values));
            if (env.TryGetValue("Hub__SiloPort", out var siloPort))
            {
                Assert.Equal(ports["silo"].ToString(System.Globalization.CultureInfo.InvariantCulture), siloPort);
                Assert.Equal(ports["gateway"].ToString(System.Globalization.CultureInfo.InvariantCulture), env["Hub__GatewayPort"]);
            }

            Assert.Contains(int.Parse(env["Hub__Telemetry__MetricsPort"], System.Globalization.CultureInfo.InvariantCulture), kestrel.Keys);

            foreach (var probe in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
            {
                var get = container.Find(probe, "httpGet");
                Assert.True(get is not null, $"{file}: no {probe}");
                Assert.Equal("HTTPS", get.Text("scheme"));
                Assert.Contains(ports[get.Text("port")], kestrel.Keys);
            }

            Assert.DoesNotContain(":latest", container.Text("image"), StringComparison.Ordinal);
            Assert.Contains(':', container.Text("image"));
        }
    }

    [Fact]
    public void Manifests_SelectorsAndServices_PointAtTheDeployments()
    {
        var deployments = documents.Where(d => d.Document.Text("kind") == "Deployment").Select(d => d.Document).ToList();
        Assert.Equal(2, deployments.Count);
        foreach (var deployment in deployments)
        {
            Assert.True(Selects(Labels(deployment.Find("spec", "selector", "matchLabels")), deployment), $"{deployment.Text("metadata", "name")} selects not its own pods");
        }

        foreach (var (file, document) in documents.Where(d => d.Document.Text("kind") is "Service" or "PodDisruptionBudget"))
        {
            var selector = Labels(document.Find("spec", "selector", "matchLabels") ?? document.Find("spec", "selector"));
            var target = Assert.Single(deployments, d => Selects(selector, d));
            var ports = target.Items("spec", "template", "spec", "containers").SelectMany(c => c.Items("ports")).Select(p => p.Text("name")).ToHashSet();
            Assert.All(document.Items("spec", "ports"), p => Assert.True(ports.Contains(p.Text("targetPort")), $"{file}: targetPort {p.Text("targetPort")}"));
        }
    }

    [Fact]
    public async Task Manifests_ProbePaths_AnswerOnTheSilo()
    {
        var paths = Containers.SelectMany(c => new[] { "startupProbe", "livenessProbe", "readinessProbe" }.Select(p => c.Container.Text(p, "httpGet", "path"))).Distinct().ToList();
        var directory = Directory.CreateTempSubdirectory("hub-probes-").FullName;
        try
        {
            await using var registry = await PopulationRegistrySimulator.StartAsync(CancellationToken.None);
            var ports = FreePorts.Take(2);
            await using var silo = HubSiloApplication.Create(
            [
                "--urls", "http://127.0.0.1:0",
                $"--Hub:DataDirectory={directory}",
                $"--Hub:SiloPort={ports[0]}",
                $"--Hub:GatewayPort={ports[1]}",
                $"--Hub:ClusterId=probes-{Guid.NewGuid():N}",
                $"--Hub:PseudonymKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
                $"--Hub:Adapters:PopulationRegistry:BaseAddress={registry.BaseAddress}",
            ]);
            await silo.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(silo.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

            foreach (var path in paths)
            {
                using var answer = await http.GetAsync(new Uri(path, UriKind.Relative));
                Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{path}: {answer.StatusCode}");
            }

            await silo.StopAsync();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A setting that holds a secret (a key, a connection string), not the path of a file that holds one.</summary>
    private static bool IsSecret(string name) =>
        !name.EndsWith("Path", StringComparison.Ordinal) && SecretWords.Any(w => name.Contains(w, StringComparison.Ordinal));

    /// <summary>Setting keys (<c>Hub:Tls:CaPath</c>) of the hub's option types and of those read by key; Kestrel's endpoints.</summary>
    private static Func<string, bool> KnownSettings()
    {
        var keys = new HashSet<string>([.. ReadByKey, .. ReadByKubernetesHosting], StringComparer.OrdinalIgnoreCase);
        AddProperties(keys, HubOptions.Section, typeof(HubOptions));
        AddProperties(keys, "Hub:Adapters", typeof(HubAdapterOptions));
        AddProperties(keys, HubTelemetryOptions.Section, typeof(HubTelemetryOptions));
        AddProperties(keys, HubHttpsOptions.Section, typeof(HubHttpsOptions));
        string[] kestrel = ["Url", "Certificate:Path", "Certificate:KeyPath"];
        return key => keys.Contains(key)
            || (key.StartsWith("Kestrel:Endpoints:", StringComparison.Ordinal) && kestrel.Any(k => key.Split(':', 4) is [_, _, _, var rest] && rest == k))
            || key == "DOTNET_CLI_TELEMETRY_OPTOUT";
    }

    private static void AddProperties(HashSet<string> keys, string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = $"{prefix}:{property.Name}";
            if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && property.PropertyType != typeof(Uri))
            {
                AddProperties(keys, key, property.PropertyType);
            }
            else
            {
                keys.Add(key);
            }
        }
    }

    private static Dictionary<string, string> Labels(YamlNode? node) =>
        node is YamlMappingNode mapping ? mapping.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!) : [];

    private static bool Selects(Dictionary<string, string> selector, YamlMappingNode deployment)
    {
        var labels = Labels(deployment.Find("spec", "template", "metadata", "labels"));
        return selector.Count > 0 && selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value);
    }
}

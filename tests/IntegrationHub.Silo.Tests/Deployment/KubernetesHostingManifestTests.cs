using IntegrationHub.ServiceDefaults;
using Orleans.Hosting.Kubernetes;
using YamlDotNet.RepresentationModel;

namespace IntegrationHub.Silo.Tests.Deployment;

/// <summary>
/// deploy/k8s/silo.yaml gives Orleans' Kubernetes hosting what its source reads: the pod's name, namespace and IP by the
/// downward API, the orleans/* pod labels equal to the ids the hub configures (the gateways' cluster id too), and a
/// ServiceAccount whose Role lets it read, label and watch pods.
/// </summary>
public sealed class KubernetesHostingManifestTests
{
    private readonly IReadOnlyList<(string File, YamlMappingNode Document)> documents = Manifest.Load();

    private YamlMappingNode Silo => Deployment("integrationhub-silo");

    private YamlMappingNode SiloContainer => Assert.Single(Silo.Items("spec", "template", "spec", "containers"));

    [Fact]
    public void SiloDeployment_Environment_TurnsOnTheHostingWithThePodsFacts()
    {
        var env = SiloContainer.Items("env").ToDictionary(e => e.Text("name"));

        Assert.Equal("true", env["Hub__Kubernetes"].Text("value"));
        Assert.Equal("metadata.name", env[KubernetesHostingOptions.PodNameEnvironmentVariable].Text("valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal("metadata.namespace", env[KubernetesHostingOptions.PodNamespaceEnvironmentVariable].Text("valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal("status.podIP", env[KubernetesHostingOptions.PodIPEnvironmentVariable].Text("valueFrom", "fieldRef", "fieldPath"));

        // These would replace the hub's ids; an advertised address would hide the pod's IP from the hosting.
        Assert.DoesNotContain(KubernetesHostingOptions.ClusterIdEnvironmentVariable, env.Keys);
        Assert.DoesNotContain(KubernetesHostingOptions.ServiceIdEnvironmentVariable, env.Keys);
        Assert.DoesNotContain("Hub__AdvertisedAddress", env.Keys);
    }

    [Fact]
    public void SiloDeployment_OrleansLabels_EqualTheHubsIds()
    {
        var env = SiloContainer.Items("env").Where(e => e.Find("value") is not null).ToDictionary(e => e.Text("name"), e => e.Text("value"));
        var labels = (YamlMappingNode)Silo.Find("spec", "template", "metadata", "labels")!;
        var gatewayEnv = Assert.Single(Deployment("integrationhub-gateway").Items("spec", "template", "spec", "containers")).Items("env")
            .Where(e => e.Find("value") is not null).ToDictionary(e => e.Text("name"), e => e.Text("value"));

        Assert.Equal(env["Hub__ClusterId"], labels.Text(KubernetesHostingOptions.ClusterIdLabel));
        Assert.Equal(env.GetValueOrDefault("Hub__ServiceId", new HubOptions().ServiceId), labels.Text(KubernetesHostingOptions.ServiceIdLabel));
        Assert.Equal(env["Hub__ClusterId"], gatewayEnv["Hub__ClusterId"]);
        Assert.Equal(env.GetValueOrDefault("Hub__ServiceId"), gatewayEnv.GetValueOrDefault("Hub__ServiceId"));
    }

    [Fact]
    public void SiloDeployment_ServiceAccount_MayReadLabelAndWatchPods()
    {
        var pod = (YamlMappingNode)Silo.Find("spec", "template", "spec")!;
        var account = pod.Text("serviceAccountName");
        var binding = Assert.Single(Documents("RoleBinding"), b => b.Items("subjects").Any(s => s.Text("kind") == "ServiceAccount" && s.Text("name") == account));
        var role = Assert.Single(Documents("Role"), r => r.Text("metadata", "name") == binding.Text("roleRef", "name"));
        var verbs = role.Items("rules")
            .Where(r => Scalars(r, "apiGroups").Contains(string.Empty) && Scalars(r, "resources").Contains("pods"))
            .SelectMany(r => Scalars(r, "verbs"))
            .ToHashSet();

        Assert.Single(Documents("ServiceAccount"), a => a.Text("metadata", "name") == account);
        Assert.Equal("Role", binding.Text("roleRef", "kind"));
        Assert.Equal("true", pod.Text("automountServiceAccountToken"));
        Assert.Superset(new HashSet<string> { "get", "list", "watch", "patch" }, verbs);
    }

    private YamlMappingNode Deployment(string name) =>
        Assert.Single(Documents("Deployment"), d => d.Text("metadata", "name") == name);

    private IEnumerable<YamlMappingNode> Documents(string kind) =>
        documents.Select(d => d.Document).Where(d => d.Text("kind") == kind);

    private static HashSet<string> Scalars(YamlMappingNode node, string key) =>
        node.Find(key) is YamlSequenceNode sequence ? sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty).ToHashSet() : [];
}

using YamlDotNet.RepresentationModel;

namespace IntegrationHub.Silo.Tests.Deployment;

/// <summary>The documents of deploy/k8s/*.yaml, parsed.</summary>
internal static class Manifest
{
    public static IReadOnlyList<(string File, YamlMappingNode Document)> Load()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Deployment", "k8s");
        var documents = new List<(string, YamlMappingNode)>();
        foreach (var file in Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(file))
            {
                stream.Load(reader);
            }

            documents.AddRange(stream.Documents.Select(d => (Path.GetFileName(file), (YamlMappingNode)d.RootNode)));
        }

        return documents;
    }

    public static string Text(this YamlNode node, params string[] path) =>
        Find(node, path) is YamlScalarNode { Value: { } value } ? value : throw new InvalidOperationException($"No scalar at {string.Join('.', path)}.");

    public static YamlNode? Find(this YamlNode node, params string[] path)
    {
        YamlNode? current = node;
        foreach (var key in path)
        {
            if (current is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out current))
            {
                return null;
            }
        }

        return current;
    }

    public static IEnumerable<YamlMappingNode> Items(this YamlNode node, params string[] path) =>
        node.Find(path) is YamlSequenceNode sequence ? sequence.Children.Cast<YamlMappingNode>() : [];
}

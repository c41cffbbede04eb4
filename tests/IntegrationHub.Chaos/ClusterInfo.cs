using System.Text.Json;

namespace IntegrationHub.Chaos;

/// <summary>What <c>scripts/cluster.sh up</c> wrote into <c>cluster.json</c>.</summary>
internal sealed record ClusterInfo(IReadOnlyList<Uri> Gateways, IReadOnlyList<int> SiloPids, Uri Simulators)
{
    public static ClusterInfo Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        return new ClusterInfo(
            [.. root.GetProperty("gateways").EnumerateArray().Select(g => new Uri(g.GetProperty("url").GetString()!))],
            [.. root.GetProperty("silos").EnumerateArray().Select(s => s.GetProperty("pid").GetInt32())],
            new Uri(root.GetProperty("simulators").GetString()!));
    }
}

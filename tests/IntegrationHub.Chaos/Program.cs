using System.Text.Json;
using IntegrationHub.Chaos;

// dotnet IntegrationHub.Chaos.dll CLUSTER_DIR CLUSTER_SCRIPT [SECONDS] [WORKERS]: run by scripts/chaos.sh.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: IntegrationHub.Chaos CLUSTER_DIR CLUSTER_SCRIPT [SECONDS=100] [WORKERS=8]");
    return 2;
}

var directory = args[0];
var cluster = ClusterInfo.Read(Path.Combine(directory, "cluster.json"));
var seconds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100;
var workers = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 8;
var report = await new ChaosRun(cluster, args[1], directory, TimeSpan.FromSeconds(seconds), workers).RunAsync();
await File.WriteAllTextAsync(Path.Combine(directory, "chaos-report.json"), JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine(report.ToMarkdown());
return report.Lost == 0 ? 0 : 1;

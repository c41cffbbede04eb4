using System.Collections.Concurrent;

namespace IntegrationHub.Benchmarks.Harness;

/// <summary>A closed-loop run: throughput and percentiles, p95, and the count by status.</summary>
internal sealed record LoadRun(LatencySummary Summary, double P95Micros, ConcurrentDictionary<int, long> ByStatus)
{
    public string Statuses => string.Join(", ", ByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value:N0}"));

    public bool AllAre(int status) => ByStatus.Keys.All(s => s == status);
}

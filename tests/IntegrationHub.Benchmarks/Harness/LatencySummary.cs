using System.Globalization;

namespace IntegrationHub.Benchmarks.Harness;

internal sealed record LatencySummary(long Operations, TimeSpan Elapsed, double PerSecond, double P50Micros, double P99Micros, double P999Micros)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Operations:N0} ops in {Elapsed.TotalSeconds:F1} s = {PerSecond:N0}/s; p50 {P50Micros:F1} µs, p99 {P99Micros:F1} µs, p99.9 {P999Micros:F1} µs");
}

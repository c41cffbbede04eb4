using System.Diagnostics;

namespace IntegrationHub.Benchmarks.Harness;

/// <summary>Per-worker latency samples in Stopwatch ticks, merged at the end into percentiles.</summary>
internal sealed class LatencyRecorder(int capacity)
{
    private readonly long[] samples = new long[capacity];
    private int count;

    public int Count => count;

    public void Record(long ticks)
    {
        if (count < samples.Length)
        {
            samples[count++] = ticks;
        }
    }

    /// <summary>One percentile (0..1) of the merged samples, in microseconds.</summary>
    public static double Percentile(IEnumerable<LatencyRecorder> recorders, double quantile)
    {
        var all = recorders.SelectMany(r => r.samples.Take(r.count)).ToArray();
        Array.Sort(all);
        return all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(quantile * all.Length))] * 1_000_000.0 / Stopwatch.Frequency;
    }

    public static LatencySummary Summarize(IEnumerable<LatencyRecorder> recorders, TimeSpan elapsed, long totalOperations)
    {
        var all = recorders.SelectMany(r => r.samples.Take(r.count)).ToArray();
        Array.Sort(all);
        double Micro(double q) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(q * all.Length))] * 1_000_000.0 / Stopwatch.Frequency;
        return new LatencySummary(totalOperations, elapsed, totalOperations / elapsed.TotalSeconds, Micro(0.50), Micro(0.99), Micro(0.999));
    }
}

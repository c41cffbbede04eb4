using System.Collections.Concurrent;
using System.Diagnostics;

namespace IntegrationHub.Benchmarks.Harness;

/// <summary>
/// <paramref name="count"/> operations from <paramref name="concurrency"/> closed-loop callers, stopped at a deadline:
/// the latency of each, the count by status (0 for a transport failure) and the wall time.
/// </summary>
internal static class ClosedLoop
{
    public static async Task<LoadRun> RunAsync(int count, int concurrency, TimeSpan limit, Func<int, Task<int>> operation)
    {
        var next = -1;
        var deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        var byStatus = new ConcurrentDictionary<int, long>();
        var latencies = new long[count];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count && Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    status = await operation(i);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                }

                latencies[i] = Stopwatch.GetTimestamp() - start;
                byStatus.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        })));
        clock.Stop();
        var recorder = new LatencyRecorder(count);
        foreach (var ticks in latencies.Where(t => t > 0))
        {
            recorder.Record(ticks);
        }

        var summary = LatencyRecorder.Summarize([recorder], clock.Elapsed, byStatus.Values.Sum());
        return new LoadRun(summary, LatencyRecorder.Percentile([recorder], 0.95), byStatus);
    }
}

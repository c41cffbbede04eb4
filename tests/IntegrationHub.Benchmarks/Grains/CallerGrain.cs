using System.Diagnostics;

namespace IntegrationHub.Benchmarks.Grains;

[GrainType("bench-caller")]
internal sealed class CallerGrain : Grain, ICallerGrain
{
    public async Task<CallerResult> RunAsync(int pings, int milliseconds, int maxSamples)
    {
        var targets = Enumerable.Range(0, pings).Select(i => GrainFactory.GetGrain<IPingGrain>($"g{i}")).ToArray();
        var samples = new long[maxSamples];
        var deadline = Stopwatch.GetTimestamp() + milliseconds * Stopwatch.Frequency / 1000;
        var index = (int)this.GetPrimaryKeyLong() * 7;
        long calls = 0;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var start = Stopwatch.GetTimestamp();
            await targets[index++ % targets.Length].PingAsync(index);
            var ticks = Stopwatch.GetTimestamp() - start;
            if (calls < samples.Length)
            {
                samples[calls] = ticks;
            }

            calls++;
        }

        return new CallerResult(calls, samples[..(int)Math.Min(calls, samples.Length)]);
    }
}

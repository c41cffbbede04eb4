namespace IntegrationHub.Benchmarks.Grains;

/// <summary>A grain that calls <see cref="IPingGrain"/>s in a loop: grain-to-grain calls inside the silo.</summary>
[Alias("bench.ICallerGrain")]
public interface ICallerGrain : IGrainWithIntegerKey
{
    /// <summary>Calls the pings round robin for <paramref name="milliseconds"/>; returns the latency of each call (Stopwatch ticks, at most <paramref name="maxSamples"/>) and the count.</summary>
    Task<CallerResult> RunAsync(int pings, int milliseconds, int maxSamples);
}

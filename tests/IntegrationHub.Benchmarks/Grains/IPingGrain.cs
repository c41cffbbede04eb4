namespace IntegrationHub.Benchmarks.Grains;

[Alias("bench.IPingGrain")]
public interface IPingGrain : IGrainWithStringKey
{
    Task<int> PingAsync(int value);
}

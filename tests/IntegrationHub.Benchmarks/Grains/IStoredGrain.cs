namespace IntegrationHub.Benchmarks.Grains;

[Alias("bench.IStoredGrain")]
public interface IStoredGrain : IGrainWithStringKey
{
    Task<long> WriteAsync();

    Task<long> ReadAsync();
}

using IntegrationHub.Runtime;

namespace IntegrationHub.Benchmarks.Grains;

public interface IStoredGrain : IGrainWithStringKey
{
    Task<long> WriteAsync();

    Task<long> ReadAsync();
}

using IntegrationHub.Runtime;

namespace IntegrationHub.Benchmarks.Grains;

public interface IPingGrain : IGrainWithStringKey
{
    Task<int> PingAsync(int value);
}

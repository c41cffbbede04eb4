using IntegrationHub.Runtime;

namespace IntegrationHub.Runtime.Tests.Grains;

/// <summary>Fails if two of its turns ever overlap.</summary>
public interface ITurnProbeGrain : IGrainWithStringKey
{
    Task<int> EnterAsync(int yieldCount);

    Task<int> GetCompletedAsync();

    Task<long> PingAsync();
}

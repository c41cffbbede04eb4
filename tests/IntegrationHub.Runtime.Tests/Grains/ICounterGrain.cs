using IntegrationHub.Runtime;

namespace IntegrationHub.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<long> IncrementAsync();

    Task<long> GetAsync();

    /// <summary>Reads the stored state again, as login does for a resident account.</summary>
    Task<long> GetFreshAsync();

    Task<int> GetActivationCountAsync();
}

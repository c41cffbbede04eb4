using IntegrationHub.Runtime;

namespace IntegrationHub.Runtime.Tests.Grains;

public interface IUnimplementedGrain : IGrainWithStringKey
{
    Task NothingAsync();
}

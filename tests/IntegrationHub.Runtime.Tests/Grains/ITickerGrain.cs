using IntegrationHub.Runtime;

namespace IntegrationHub.Runtime.Tests.Grains;

public interface ITickerGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan period);

    Task StopAsync();

    Task<int> GetTicksAsync();
}

using IntegrationHub.Runtime;

namespace IntegrationHub.Runtime.Tests.Grains;

public interface IAlarmGrain : IGrainWithStringKey
{
    Task SetAsync(DateTimeOffset dueAt);

    Task<int> GetFiredAsync();
}

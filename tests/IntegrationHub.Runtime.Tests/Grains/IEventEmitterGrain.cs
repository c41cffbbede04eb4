using IntegrationHub.Runtime;

namespace IntegrationHub.Runtime.Tests.Grains;

public interface IEventEmitterGrain : IGrainWithStringKey
{
    /// <summary>Writes the state and emits one event in the same commit; returns the event id.</summary>
    Task<Guid> RecordAsync(string text);

    /// <summary>Emits an event, then fails: the event must not be committed.</summary>
    Task FailAfterEmittingAsync(string text);

    Task<int> GetCountAsync();
}

using IntegrationHub.Runtime;

namespace IntegrationHub.Runtime.Tests.Grains;

public sealed class EventEmitterGrain([PersistentState("emitter")] IPersistentState<EmitterState> state) : Grain, IEventEmitterGrain
{
    public const string Topic = "test.recorded";

    public async Task<Guid> RecordAsync(string text)
    {
        state.State.Count++;
        var id = EmitEvent(Topic, new RecordedEvent(GrainKey, text));
        SetIndexEntry("test-records", GrainKey, "all", text);
        await state.WriteStateAsync();
        return id;
    }

    public Task FailAfterEmittingAsync(string text)
    {
        EmitEvent(Topic, new RecordedEvent(GrainKey, text));
        throw new InvalidOperationException("The turn fails after staging an event.");
    }

    public Task<int> GetCountAsync() => Task.FromResult(state.State.Count);
}

using IntegrationHub.Grains.Effects;

namespace IntegrationHub.Benchmarks.Grains;

/// <summary>A grain with a small, account-sized state in the hub's grain storage, for activation and write costs.</summary>
[GrainType("bench-stored")]
internal sealed class StoredGrain([PersistentState("stored", HubStorage.Name)] IPersistentState<StoredState> state) : Grain, IStoredGrain
{
    public async Task<long> WriteAsync()
    {
        state.State.Counter++;
        await state.WriteStateAsync();
        return state.State.Counter;
    }

    public Task<long> ReadAsync() => Task.FromResult(state.State.Counter);
}

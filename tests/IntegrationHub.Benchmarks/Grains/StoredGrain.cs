using IntegrationHub.Grains.Effects;

namespace IntegrationHub.Benchmarks.Grains;

/// <summary>A grain with a small, account-sized state in the hub's grain storage, for activation and write costs.</summary>
[GrainType(TypeName)]
internal sealed class StoredGrain([PersistentState(StoredGrain.StateName, HubStorage.Name)] IPersistentState<StoredState> state) : Grain, IStoredGrain
{
    public const string TypeName = "bench-stored";

    public const string StateName = "stored";

    public async Task<long> WriteAsync()
    {
        state.State.Counter++;
        await state.WriteStateAsync();
        return state.State.Counter;
    }

    public Task<long> ReadAsync() => Task.FromResult(state.State.Counter);
}

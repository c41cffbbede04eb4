using IntegrationHub.Runtime;

namespace IntegrationHub.Benchmarks.Grains;

/// <summary>A grain with a small, account-sized state, for activation and write costs against PostgreSQL.</summary>
public sealed class StoredGrain([PersistentState("stored")] IPersistentState<StoredState> state) : Grain, IStoredGrain
{
    public async Task<long> WriteAsync()
    {
        state.State.Counter++;
        await state.WriteStateAsync();
        return state.State.Counter;
    }

    public Task<long> ReadAsync() => Task.FromResult(state.State.Counter);
}

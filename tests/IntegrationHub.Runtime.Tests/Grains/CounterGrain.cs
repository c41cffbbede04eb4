using IntegrationHub.Runtime;

namespace IntegrationHub.Runtime.Tests.Grains;

[CollectionAgeLimit(minutes: 15)]
public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        state.State.Activations++;
        await state.WriteStateAsync(cancellationToken);
    }

    public async Task<long> IncrementAsync()
    {
        state.State.Value++;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<long> GetAsync() => Task.FromResult(state.State.Value);

    public async Task<long> GetFreshAsync()
    {
        await state.ReadStateAsync();
        return state.State.Value;
    }

    public Task<int> GetActivationCountAsync() => Task.FromResult(state.State.Activations);
}

using System.Globalization;
using IntegrationHub.Grains.Effects;

namespace IntegrationHub.Silo.Tests.Commits;

/// <summary>Each addition also stages a query row, so that its commit takes the path with effects.</summary>
internal sealed class TallyProbeGrain(
    [PersistentState("tally-probe", FaultyGrainStorage.Name)] IPersistentState<TallyProbeState> state,
    HubGrainContext hub)
    : HubGrain<TallyProbeState>(state, hub), ITallyProbeGrain
{
    public async Task<int> AddAsync()
    {
        State.Count++;
        SetIndexEntry("tally-probe", GrainKey, "tally", State.Count.ToString(CultureInfo.InvariantCulture));
        await CommitAsync();
        return State.Count;
    }

    public Task<int> CountAsync() => Task.FromResult(State.Count);
}

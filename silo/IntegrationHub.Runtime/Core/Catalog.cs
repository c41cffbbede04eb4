using System.Collections.Concurrent;

namespace IntegrationHub.Runtime.Core;

/// <summary>The live activations of this silo, at most one per grain.</summary>
internal sealed class Catalog(SiloRuntime runtime)
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> activations = new();

    public int Count => activations.Count;

    public ActivationData GetOrCreate(GrainId id, GrainTypeInfo type)
    {
        if (activations.TryGetValue(id, out var existing))
        {
            return existing;
        }

        runtime.ThrowIfKilled();
        return activations.GetOrAdd(id, static (grainId, state) => new ActivationData(state.runtime, grainId, state.type), (runtime, type));
    }

    public bool TryGet(GrainId id, out ActivationData? activation) => activations.TryGetValue(id, out activation);

    public void Remove(ActivationData activation) =>
        activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(activation.Id, activation));

    /// <summary>Another silo wrote a newer version: drop our copy once its current turn is done.</summary>
    public void Invalidate(GrainId id, string stateName, long version)
    {
        if (activations.TryGetValue(id, out var activation) && activation.KnownVersion(stateName) < version)
        {
            _ = activation.DeactivateAsync(Runtime.DeactivationReason.StaleState, CancellationToken.None);
        }
    }

    /// <summary>Collects activations idle past their type's age limit, then the least recently used beyond the cap.</summary>
    public async Task<int> CollectIdleAsync(CancellationToken cancellationToken)
    {
        var now = runtime.TimeProvider.GetUtcNow();
        var collected = 0;
        foreach (var activation in activations.Values)
        {
            if (!activation.IsBusy && now - activation.LastUsed >= activation.Type.CollectionAge)
            {
                await activation.DeactivateAsync(Runtime.DeactivationReason.IdleCollected, cancellationToken);
                collected++;
            }
        }

        var excess = activations.Count - runtime.Options.MaxActivations;
        if (excess > 0)
        {
            foreach (var activation in activations.Values.Where(a => !a.IsBusy).OrderBy(a => a.LastUsed).Take(excess).ToList())
            {
                await activation.DeactivateAsync(Runtime.DeactivationReason.CapacityExceeded, cancellationToken);
                collected++;
            }
        }

        return collected;
    }

    public async Task DeactivateAllAsync(CancellationToken cancellationToken)
    {
        foreach (var activation in activations.Values)
        {
            await activation.DeactivateAsync(Runtime.DeactivationReason.SiloStopping, cancellationToken);
        }
    }
}

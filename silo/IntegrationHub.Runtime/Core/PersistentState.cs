using System.Text.Json;
using IntegrationHub.Runtime.Storage;

namespace IntegrationHub.Runtime.Core;

internal sealed class PersistentState<TState>(ActivationData activation, string name) : IPersistentState<TState>, IPersistentStateSlot
    where TState : class, new()
{
    public string Name { get; } = name;

    public TState State { get; set; } = new();

    public long Version { get; private set; }

    public bool RecordExists { get; private set; }

    public async Task ReadStateAsync(CancellationToken cancellationToken = default)
    {
        var stored = await activation.Runtime.Storage.ReadAsync(activation.Id, Name, cancellationToken);
        State = stored.Json is null ? new TState() : Deserialize(stored.Json);
        Version = stored.Version;
        RecordExists = stored.Json is not null;
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        var json = JsonSerializer.Serialize(State, activation.Runtime.Options.JsonOptions);
        Version = await activation.CommitAsync(new StateWrite(activation.Id, Name, json, Version), cancellationToken);
        RecordExists = true;
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        // The version moves forward on a clear (a tombstone), so no stale ETag survives it (Orleans issue 2668).
        Version = await activation.CommitAsync(new StateWrite(activation.Id, Name, null, Version), cancellationToken);
        State = new TState();
        RecordExists = false;
    }

    private TState Deserialize(string json) =>
        JsonSerializer.Deserialize<TState>(json, activation.Runtime.Options.JsonOptions) ?? new TState();
}

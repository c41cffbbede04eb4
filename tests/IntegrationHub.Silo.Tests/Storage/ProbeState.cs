using Orleans.Runtime;

namespace IntegrationHub.Silo.Tests.Storage;

/// <summary>The grain state a storage provider is handed, as Orleans hands it.</summary>
internal sealed class ProbeState<T> : IGrainState<T>
    where T : new()
{
    public T State { get; set; } = new();

    T? IGrainState<T>.State
    {
        get => State;
        set => State = value ?? new T();
    }

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}

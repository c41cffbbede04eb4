namespace IntegrationHub.Runtime;

/// <summary>
/// A grain's durable state. <see cref="Version"/> is the ETag: every write is conditional on it, and a write from a
/// stale activation fails with <see cref="InconsistentStateException"/>.
/// </summary>
public interface IPersistentState<TState> where TState : class, new()
{
    TState State { get; set; }

    /// <summary>The stored version this activation last read or wrote; 0 when nothing was ever written.</summary>
    long Version { get; }

    /// <summary>Whether a state is stored (false after a clear, even though the version is kept).</summary>
    bool RecordExists { get; }

    Task ReadStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes the state together with the events and index rows the grain staged in this turn, in one transaction.</summary>
    Task WriteStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes the state. The version still moves forward, so a stale writer cannot resurrect it.</summary>
    Task ClearStateAsync(CancellationToken cancellationToken = default);
}

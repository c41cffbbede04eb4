namespace IntegrationHub.Runtime;

/// <summary>
/// A conditional write found another version than the one this activation holds: some other activation (on this or
/// another silo) wrote first. The runtime drops the activation and retries the call on fresh state.
/// </summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException()
    {
    }

    public InconsistentStateException(string message) : base(message)
    {
    }

    public InconsistentStateException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public InconsistentStateException(GrainId grain, string stateName, long expectedVersion)
        : base($"State '{stateName}' of grain '{grain.Type}' was changed by another writer (expected version {expectedVersion}).")
    {
        ExpectedVersion = expectedVersion;
    }

    public long ExpectedVersion { get; }
}

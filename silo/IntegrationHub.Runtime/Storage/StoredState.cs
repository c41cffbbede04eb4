namespace IntegrationHub.Runtime.Storage;

/// <summary>What a store holds for one state: its JSON (null when absent or cleared) and its version.</summary>
public sealed record StoredState(string? Json, long Version)
{
    public static StoredState None { get; } = new(null, 0);
}

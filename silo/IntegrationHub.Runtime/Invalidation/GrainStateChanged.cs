namespace IntegrationHub.Runtime.Invalidation;

/// <summary>A silo committed version <see cref="Version"/> of a state (or removed the grain: <see cref="Version"/> = long.MaxValue).</summary>
public sealed record GrainStateChanged(string SiloId, GrainId Grain, string StateName, long Version)
{
    public const long Removed = long.MaxValue;
}

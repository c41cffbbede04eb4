namespace IntegrationHub.Runtime.Storage;

/// <summary>A conditional write of one grain state: <see cref="Json"/> null clears it.</summary>
public sealed record StateWrite(GrainId Grain, string StateName, string? Json, long ExpectedVersion);

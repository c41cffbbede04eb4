namespace IntegrationHub.Grains.Contracts.Locks;

/// <summary>An executed lock request, applied to the account. <see cref="DecidingRegion"/> is null for a resident's own lock.</summary>
[GenerateSerializer]
[Alias("hub.LockApplication")]
public sealed record LockApplication(
    string RequestId,
    LockOrigin Origin,
    string Reason,
    string? DecidingRegion,
    string RequestedBy,
    string? DecidedBy,
    string ExecutedBy,
    bool Emergency,
    DateTimeOffset RequestedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset ExecutedAt);

namespace IntegrationHub.Grains.Locks;

public sealed record UnlockApplication(
    string RequestId,
    string? DecidingRegion,
    string RequestedBy,
    string? DecidedBy,
    string ExecutedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset ExecutedAt);

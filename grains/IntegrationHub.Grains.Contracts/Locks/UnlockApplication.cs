namespace IntegrationHub.Grains.Contracts.Locks;

[GenerateSerializer]
[Alias("hub.UnlockApplication")]
public sealed record UnlockApplication(
    string RequestId,
    string? DecidingRegion,
    string RequestedBy,
    string? DecidedBy,
    string ExecutedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset ExecutedAt);

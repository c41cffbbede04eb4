namespace IntegrationHub.Grains.Contracts.Locks;

/// <summary>One line of the confidential lock register (LK5).</summary>
[GenerateSerializer]
[Alias("hub.LockRegisterEntry")]
public sealed record LockRegisterEntry(
    string RequestId,
    string Action,
    LockOrigin? Origin,
    string? Reason,
    string? Region,
    string RequestedBy,
    string? DecidedBy,
    string ExecutedBy,
    bool Emergency,
    DateTimeOffset RequestedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset ExecutedAt);

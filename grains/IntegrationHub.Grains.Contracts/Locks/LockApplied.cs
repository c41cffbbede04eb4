namespace IntegrationHub.Grains.Contracts.Locks;

/// <summary>What executing a lock did: whether the journal happens to be sealed, and the LK1 warning for whoever locked.</summary>
[GenerateSerializer]
[Alias("hub.LockApplied")]
public sealed record LockApplied(bool JournalSealed, string? Warning);

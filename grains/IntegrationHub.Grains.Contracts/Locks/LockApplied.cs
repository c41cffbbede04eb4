namespace IntegrationHub.Grains.Locks;

/// <summary>What executing a lock did: whether the journal happens to be sealed, and the LK1 warning for whoever locked.</summary>
public sealed record LockApplied(bool JournalSealed, string? Warning);

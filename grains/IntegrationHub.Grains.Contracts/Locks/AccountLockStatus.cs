namespace IntegrationHub.Grains.Contracts.Locks;

/// <summary>The lock as the account holds it (LK8): resident or region, and which region (never shown to third parties).</summary>
[GenerateSerializer]
[Alias("hub.AccountLockStatus")]
public sealed record AccountLockStatus(bool Locked, LockOrigin? Origin, string? LockingRegion, string? RegisteredRegion, bool Deceased, bool Known);

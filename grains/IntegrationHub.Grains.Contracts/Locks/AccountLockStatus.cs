namespace IntegrationHub.Grains.Locks;

/// <summary>The lock as the account holds it (LK8): resident or region, and which region (never shown to third parties).</summary>
public sealed record AccountLockStatus(bool Locked, LockOrigin? Origin, string? LockingRegion, string? RegisteredRegion, bool Deceased, bool Known);

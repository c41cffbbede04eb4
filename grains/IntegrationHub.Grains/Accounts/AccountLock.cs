using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Grains.Contracts.Locks;
using IntegrationHub.Grains.Locks;

namespace IntegrationHub.Grains.Accounts;

/// <summary>The lock in force: who asked (resident or region, LK8) and which region decided it (never shown to third parties).</summary>
public sealed record AccountLock(string RequestId, LockOrigin Origin, string? Region, string Reason, DateTimeOffset LockedAt);

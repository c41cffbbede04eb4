using IntegrationHub.Grains.Contracts.Sessions;

namespace IntegrationHub.Grains.Contracts.Locks;

/// <summary>
/// A new lock or unlock request as staff file it. <see cref="Reason"/> is already accepted (LK11); an unlock has none.
/// <see cref="Authority"/> names the external party of an authority request.
/// </summary>
[GenerateSerializer]
[Alias("hub.LockRequestDraft")]
public sealed record LockRequestDraft(
    LockRequestKind Kind,
    string Personnummer,
    LockOrigin Origin,
    string? Reason,
    string? Authority,
    string? Note,
    bool Emergency,
    StaffProfile RequestedBy);

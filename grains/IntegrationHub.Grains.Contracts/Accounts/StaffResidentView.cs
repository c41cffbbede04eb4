namespace IntegrationHub.Grains.Accounts;

/// <summary>
/// ST1: name, personnummer, where listed, whether locked and by whom (resident or region, LK8), the protected-identity
/// marker, and contacts only if the resident entered them.
/// </summary>
public sealed record StaffResidentView(
    string Name,
    string Personnummer,
    string? Listing,
    bool Locked,
    string? LockOrigin,
    bool ProtectedIdentity,
    ContactDetails? Contacts,
    bool Deceased);

namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>
/// ST1: name, personnummer, where listed, whether locked and by whom (resident or region, LK8), the protected-identity
/// marker, and contacts only if the resident entered them.
/// </summary>
[GenerateSerializer]
[Alias("hub.StaffResidentView")]
public sealed record StaffResidentView(
    string Name,
    string Personnummer,
    ListingView? Listing,
    bool Locked,
    string? LockOrigin,
    bool ProtectedIdentity,
    ContactDetails? Contacts,
    bool Deceased);

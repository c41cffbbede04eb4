namespace IntegrationHub.Adapters.Hsa;

/// <summary>
/// A staff member: region-wide roles (<see cref="StaffRoles"/>) and rights per clinic (admin, receiver, handler).
/// </summary>
public sealed record HsaStaffMember(
    string HsaId,
    string GivenName,
    string FamilyName,
    string Region,
    IReadOnlyList<string> Roles,
    IReadOnlyList<HsaClinicRights> Clinics)
{
    public string Name => $"{GivenName} {FamilyName}".Trim();

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}

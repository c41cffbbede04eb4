namespace IntegrationHub.Simulators.Hsa;

/// <summary>
/// A staff member, shaped as API.md's <c>PUT /sim/hsa/staff</c> body and as <c>GET {base}/hsa/staff/{hsaId}</c>
/// answers: <c>{hsaId, givenName, familyName, region, roles: [..], clinics: [{hsaId, rights: [..]}]}</c>.
/// </summary>
public sealed record SimulatedStaffMember(
    string HsaId,
    string GivenName,
    string FamilyName,
    string Region,
    IReadOnlyList<string>? Roles,
    IReadOnlyList<SimulatedClinicRights>? Clinics);

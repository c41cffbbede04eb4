namespace IntegrationHub.Adapters.Hsa;

/// <summary>The directory's staff JSON: <c>{hsaId, givenName, familyName, region, roles, clinics: [{hsaId, rights}]}</c>.</summary>
internal sealed record HsaStaffDocument(
    string HsaId,
    string GivenName,
    string FamilyName,
    string Region,
    IReadOnlyList<string>? Roles,
    IReadOnlyList<HsaClinicRightsDocument>? Clinics)
{
    public HsaStaffMember ToStaffMember() => new(
        HsaId,
        GivenName,
        FamilyName,
        Region,
        Roles ?? [],
        [.. (Clinics ?? []).Select(c => new HsaClinicRights(c.HsaId, c.Rights ?? []))]);
}

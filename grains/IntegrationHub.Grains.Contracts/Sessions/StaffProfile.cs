namespace IntegrationHub.Grains.Contracts.Sessions;

/// <summary>A staff member's region, region-wide roles and rights per clinic, as the HSA directory said at login.</summary>
[GenerateSerializer]
[Alias("hub.StaffProfile")]
public sealed record StaffProfile(string HsaId, string Region, IReadOnlyList<string> Roles, IReadOnlyDictionary<string, IReadOnlyList<string>> ClinicRights)
{
    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public bool HasClinicRight(string clinicHsaId, string right) =>
        ClinicRights.TryGetValue(clinicHsaId, out var rights) && rights.Contains(right, StringComparer.Ordinal);
}

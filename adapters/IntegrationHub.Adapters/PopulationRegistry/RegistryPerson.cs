using IntegrationHub.Identity;

namespace IntegrationHub.Adapters.PopulationRegistry;

/// <summary>
/// What the registry says of one person. <see cref="Region"/> is the county code ("01".."25") of registration;
/// <see cref="Listing"/> the primary-care unit where the person is listed, null when none.
/// </summary>
public sealed record RegistryPerson(
    Personnummer Personnummer,
    string GivenName,
    string FamilyName,
    DateOnly BirthDate,
    bool Deceased,
    ProtectedIdentity Protection,
    string Region,
    IReadOnlyList<Personnummer> Guardians,
    RegistryListing? Listing = null)
{
    public string Name => $"{GivenName} {FamilyName}".Trim();

    public bool HasProtectedIdentity => Protection != ProtectedIdentity.None;
}

using IntegrationHub.Adapters.PopulationRegistry;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// A person as the hub shows them to FHIR clients: the account view of what the registry says now (API.md). Protected
/// identity is a confidentiality label (R sekretessmarkering, V skyddad folkbokföring), never a reason to refuse (ID7);
/// the home region and address are not shown (LK9).
/// </summary>
internal static class FhirPatients
{
    public static Patient From(RegistryPerson person, string patientId) => new()
    {
        Id = patientId,
        Meta = person.Protection switch
        {
            ProtectedIdentity.Sekretessmarkering => new Meta { Security = [ConfidentialityCodes.RestrictedCoding] },
            ProtectedIdentity.SkyddadFolkbokforing => new Meta { Security = [ConfidentialityCodes.VeryRestrictedCoding] },
            _ => null,
        },
        Identifier = [Identifier.ForPersonnummer(person.Personnummer.Value)],

        // DC1: a deceased resident's account is inactive.
        Active = !person.Deceased,
        Name = person.Name.Length == 0
            ? null
            : [new HumanName { Use = "official", Text = person.Name, Family = NullIfEmpty(person.FamilyName), Given = person.GivenName.Length == 0 ? null : [person.GivenName] }],
        BirthDate = FhirDates.FormatDate(person.BirthDate),
        DeceasedBoolean = person.Deceased,
    };

    /// <summary>A reference to the person's Patient, by id and by personnummer.</summary>
    public static ResourceReference Reference(string patientId, string personnummer) => new()
    {
        Reference = $"Patient/{patientId}",
        Type = "Patient",
        Identifier = Identifier.ForPersonnummer(personnummer),
    };

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}

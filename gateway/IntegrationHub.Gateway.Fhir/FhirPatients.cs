using System.Globalization;
using Hl7.Fhir.Model;
using IntegrationHub.Grains.Contracts.Accounts;
using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// A person as the hub shows them to FHIR clients: the account view of what the registry says now (API.md). Protected
/// identity is a confidentiality label (R sekretessmarkering, V skyddad folkbokföring), never a reason to refuse (ID7);
/// the home region and address are not shown (LK9).
/// </summary>
internal static class FhirPatients
{
    public static Patient From(ClientPerson person, string personnummer, string patientId)
    {
        ArgumentNullException.ThrowIfNull(person);
        var patient = new Patient
        {
            Id = patientId,
            Identifier = [HubIdentifiers.Personnummer(personnummer)],

            // DC1: a deceased resident's account is inactive.
            Active = !person.Deceased,
            BirthDate = person.BirthDate.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
            Deceased = new FhirBoolean(person.Deceased),
        };
        var security = person.Protection switch
        {
            PersonProtection.Sekretessmarkering => ConfidentialityCodes.RestrictedCoding,
            PersonProtection.SkyddadFolkbokforing => ConfidentialityCodes.VeryRestrictedCoding,
            _ => null,
        };
        if (security is not null)
        {
            patient.Meta = new Meta { Security = [security] };
        }

        if (person.Name.Length > 0)
        {
            patient.Name =
            [
                new HumanName
                {
                    Use = HumanName.NameUse.Official,
                    Text = person.Name,
                    Family = person.FamilyName.Length == 0 ? null : person.FamilyName,
                    Given = person.GivenName.Length == 0 ? [] : [person.GivenName],
                },
            ];
        }

        return patient;
    }

    /// <summary>
    /// The personnummer a reference names: <c>Patient/{id}</c> of this hub, or a personnummer identifier (either system
    /// form, valid check digit); null otherwise.
    /// </summary>
    public static string? PersonnummerOf(ResourceReference reference, FhirResourceIds ids)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(ids);
        if (reference.Reference is { } text)
        {
            return text.StartsWith("Patient/", StringComparison.Ordinal) && ids.TryReadPatientId(text["Patient/".Length..], out var fromId) ? fromId : null;
        }

        return reference.Identifier is { } identifier && IdentifierSystems.IsPersonnummer(identifier.System)
            && IntegrationHub.Identity.Personnummer.TryParse(identifier.Value, out var parsed) ? parsed.Value : null;
    }

    /// <summary>A reference to the person's Patient, by id and by personnummer.</summary>
    public static ResourceReference Reference(string patientId, string personnummer) => new()
    {
        Reference = $"Patient/{patientId}",
        Type = "Patient",
        Identifier = HubIdentifiers.Personnummer(personnummer),
    };
}

using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Grains.Contracts.Accounts;

namespace IntegrationHub.Gateway.Fhir.Journal;

/// <summary>
/// The hub's mirror of one seal or guardian block (JR1, JR2) as a FHIR Consent, the reverse of
/// <see cref="JournalConsentMapping"/>: <c>provision.type</c> deny, a guardian block naming each guardian with actor role
/// v3-RoleClass GUARD, a unit seal naming each unit by HSA-id; status active while in force, inactive once lifted.
/// </summary>
public static class JournalConsentView
{
    /// <summary>The system of <c>Consent.identifier</c>: the journal system's own id of the consent.</summary>
    public const string JournalIdSystem = "urn:integrationhub:journal-consent-id";

    /// <summary>The policy each kind of restriction follows, when the hub writes it back.</summary>
    public const string SealPolicy = "https://www.1177.se/policy/journal/forsegling";

    public const string UnitSealPolicy = "https://www.1177.se/policy/journal/sparr";

    public const string GuardianBlockPolicy = "https://www.1177.se/policy/journal/blockera-vardnadshavare";

    public static Consent ToConsent(JournalConsentUpdate update, string id, ResourceReference patient)
    {
        ArgumentNullException.ThrowIfNull(update);
        var actors = update.Restriction switch
        {
            JournalRestriction.GuardianBlock => update.Guardians.Select(g => new ConsentActor { Role = RoleClassCodes.GuardianConcept, Reference = PersonReference(g) }).ToList(),
            JournalRestriction.UnitSeal => update.Units.Select(u => new ConsentActor { Role = UnitRole, Reference = UnitReference(u) }).ToList(),
            _ => [],
        };
        return new Consent
        {
            Id = id,
            Identifier = [new Identifier { System = JournalIdSystem, Value = update.ConsentId }],
            Status = update.Active ? ConsentStateCodes.Active : ConsentStateCodes.Inactive,
            Scope = ConsentScopeCodes.PatientPrivacyConcept,
            Category = [ConsentCategoryCodes.PatientConsentConcept],
            Patient = patient,
            DateTime = FhirDates.FormatDateTime(update.RecordedAt),
            Policy = [new ConsentPolicy { Uri = PolicyOf(update.Restriction) }],
            Provision = new ConsentProvision { Type = "deny", Actor = actors },
        };
    }

    public static string PolicyOf(JournalRestriction restriction) => restriction switch
    {
        JournalRestriction.GuardianBlock => GuardianBlockPolicy,
        JournalRestriction.UnitSeal => UnitSealPolicy,
        _ => SealPolicy,
    };

    /// <summary>A unit a resident sealed their journal for: v3-RoleClass SDLOC (service delivery location).</summary>
    private static CodeableConcept UnitRole => CodeableConcept.From(RoleClassCodes.System, "SDLOC", "service delivery location");

    private static ResourceReference PersonReference(string value) =>
        value.Length == 12 && value.All(char.IsAsciiDigit)
            ? new ResourceReference { Type = "RelatedPerson", Identifier = Identifier.ForPersonnummer(value) }
            : new ResourceReference { Reference = value };

    private static ResourceReference UnitReference(string value) =>
        value.Contains('/', StringComparison.Ordinal)
            ? new ResourceReference { Reference = value }
            : new ResourceReference { Type = "Organization", Identifier = Identifier.ForHsaId(value) };
}

using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>Consent.category: LOINC 59284-0 Patient Consent, as in the R4 examples.</summary>
public static class ConsentCategoryCodes
{
    public const string LoincSystem = "http://loinc.org";

    public const string PatientConsent = "59284-0";

    public static CodeableConcept PatientConsentConcept => new(LoincSystem, PatientConsent, "Patient Consent", null);
}

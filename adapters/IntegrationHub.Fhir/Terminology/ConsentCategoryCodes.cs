using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>Consent.category: LOINC 59284-0 Patient Consent, as in the R4 examples.</summary>
public static class ConsentCategoryCodes
{
    public const string LoincSystem = "http://loinc.org";

    public const string PatientConsent = "59284-0";

    public static CodeableConcept PatientConsentConcept => CodeableConcept.From(LoincSystem, PatientConsent, "Patient Consent");
}

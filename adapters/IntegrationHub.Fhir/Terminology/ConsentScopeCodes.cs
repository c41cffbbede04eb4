using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>Consent.scope: a seal and a guardian block are <see cref="PatientPrivacy"/> consents.</summary>
public static class ConsentScopeCodes
{
    public const string System = "http://terminology.hl7.org/CodeSystem/consentscope";

    public const string PatientPrivacy = "patient-privacy";

    public const string Treatment = "treatment";

    public static CodeableConcept PatientPrivacyConcept => new(System, PatientPrivacy, "Privacy Consent", null);
}

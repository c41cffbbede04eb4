namespace IntegrationHub.Fhir.Terminology;

/// <summary>Consent.provision.action: what the rule allows or denies; a seal denies <see cref="Access"/>.</summary>
public static class ConsentActionCodes
{
    public const string System = "http://terminology.hl7.org/CodeSystem/consentaction";

    public const string Access = "access";

    public const string Disclose = "disclose";
}

namespace IntegrationHub.Fhir.Terminology;

/// <summary>Consent.provision.type: a seal and a guardian block are <see cref="Deny"/>.</summary>
public static class ConsentProvisionTypeCodes
{
    public const string Deny = "deny";

    public const string Permit = "permit";
}

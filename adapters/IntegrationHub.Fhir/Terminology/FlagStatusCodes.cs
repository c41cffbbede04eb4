namespace IntegrationHub.Fhir.Terminology;

/// <summary>Flag.status (required binding).</summary>
public static class FlagStatusCodes
{
    public const string Active = "active";

    public const string Inactive = "inactive";

    public const string EnteredInError = "entered-in-error";
}

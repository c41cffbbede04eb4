namespace IntegrationHub.Fhir.Terminology;

/// <summary>Consent.status (required binding): an active Consent is in force, an inactive one was lifted.</summary>
public static class ConsentStateCodes
{
    public const string Draft = "draft";

    public const string Proposed = "proposed";

    public const string Active = "active";

    public const string Rejected = "rejected";

    public const string Inactive = "inactive";

    public const string EnteredInError = "entered-in-error";
}

namespace IntegrationHub.Fhir.Terminology;

/// <summary>AuditEvent.outcome (required binding).</summary>
public static class AuditEventOutcomeCodes
{
    public const string Success = "0";

    public const string MinorFailure = "4";

    public const string SeriousFailure = "8";

    public const string MajorFailure = "12";
}

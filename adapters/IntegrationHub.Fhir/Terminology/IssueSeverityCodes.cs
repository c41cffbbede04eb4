namespace IntegrationHub.Fhir.Terminology;

/// <summary>OperationOutcome.issue.severity (required binding).</summary>
public static class IssueSeverityCodes
{
    public const string Fatal = "fatal";

    public const string Error = "error";

    public const string Warning = "warning";

    public const string Information = "information";
}

namespace IntegrationHub.Fhir.Terminology;

/// <summary>OperationOutcome.issue.code (required binding, IssueType): the ones the hub answers with.</summary>
public static class IssueTypeCodes
{
    /// <summary>Content invalid against the specification or a profile (a wrong resourceType, a missing element, a bad value).</summary>
    public const string Invalid = "invalid";

    /// <summary>A structural issue: malformed JSON, an unknown or repeated element.</summary>
    public const string Structure = "structure";

    public const string Required = "required";

    public const string Value = "value";

    public const string Security = "security";

    public const string Login = "login";

    public const string Forbidden = "forbidden";

    public const string NotFound = "not-found";

    public const string NotSupported = "not-supported";

    public const string BusinessRule = "business-rule";

    public const string Conflict = "conflict";

    public const string Processing = "processing";

    public const string Exception = "exception";

    public const string Transient = "transient";

    public const string Informational = "informational";
}

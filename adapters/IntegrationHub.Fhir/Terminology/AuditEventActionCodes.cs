namespace IntegrationHub.Fhir.Terminology;

/// <summary>AuditEvent.action (required binding): a read or search is <see cref="Read"/>, a create <see cref="Create"/>.</summary>
public static class AuditEventActionCodes
{
    public const string Create = "C";

    public const string Read = "R";

    public const string Update = "U";

    public const string Delete = "D";

    public const string Execute = "E";
}

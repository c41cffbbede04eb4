namespace IntegrationHub.Fhir.Terminology;

/// <summary>Task.status (required binding); the case's own state goes in <c>businessStatus</c>.</summary>
public static class TaskStatusCodes
{
    public const string Draft = "draft";

    public const string Requested = "requested";

    public const string Received = "received";

    public const string Accepted = "accepted";

    public const string Rejected = "rejected";

    public const string Ready = "ready";

    public const string Cancelled = "cancelled";

    public const string InProgress = "in-progress";

    public const string OnHold = "on-hold";

    public const string Failed = "failed";

    public const string Completed = "completed";

    public const string EnteredInError = "entered-in-error";
}

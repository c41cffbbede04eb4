namespace IntegrationHub.Fhir.Terminology;

/// <summary>Communication.status (required binding, EventStatus).</summary>
public static class CommunicationStatusCodes
{
    public const string Preparation = "preparation";

    public const string InProgress = "in-progress";

    public const string NotDone = "not-done";

    public const string OnHold = "on-hold";

    public const string Stopped = "stopped";

    public const string Completed = "completed";

    public const string EnteredInError = "entered-in-error";

    public const string Unknown = "unknown";
}

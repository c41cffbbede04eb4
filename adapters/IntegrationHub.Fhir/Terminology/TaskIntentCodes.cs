namespace IntegrationHub.Fhir.Terminology;

/// <summary>Task.intent (required binding); a resident's case is an <see cref="Order"/>.</summary>
public static class TaskIntentCodes
{
    public const string Unknown = "unknown";

    public const string Proposal = "proposal";

    public const string Plan = "plan";

    public const string Order = "order";
}

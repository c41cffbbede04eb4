namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>What a message in a case is.</summary>
public static class CaseMessageKinds
{
    public const string Submission = "submission";
    public const string PartialAnswer = "partial-answer";
    public const string Answer = "answer";
    public const string CounterQuestion = "counter-question";
    public const string Reply = "reply";

    /// <summary>The first message of a case started by a clinic, the hub or a regional service.</summary>
    public const string Message = "message";
}

namespace IntegrationHub.Grains.Contracts.Cases;

/// <summary>A case's status (the <c>?status=</c> of the clinic inbox).</summary>
public static class CaseStatuses
{
    /// <summary>Waiting for a receiver to assign it.</summary>
    public const string New = "new";

    /// <summary>With a handler.</summary>
    public const string Assigned = "assigned";

    /// <summary>The handler answered (or the clinic started the case with a message).</summary>
    public const string Answered = "answered";

    /// <summary>The handler asked a counter-question; the resident's turn.</summary>
    public const string AwaitingReply = "awaiting-reply";

    /// <summary>Closed: nothing more can be added (notices from the hub are closed from the start).</summary>
    public const string Closed = "closed";
}

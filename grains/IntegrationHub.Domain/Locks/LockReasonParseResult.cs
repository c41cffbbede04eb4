namespace IntegrationHub.Domain.Locks;

/// <summary>The outcome of <see cref="LockReason.Parse"/>: a reason, or a refusal with <c>reason_not_accepted</c>.</summary>
public sealed record LockReasonParseResult
{
    private LockReasonParseResult(LockReason? reason, string? field, string? message)
    {
        Reason = reason;
        Field = field;
        Message = message;
    }

    public bool IsAccepted => Reason is not null;

    public LockReason? Reason { get; }

    /// <summary>When refused: always <c>reason_not_accepted</c>.</summary>
    public string? ErrorCode => IsAccepted ? null : LockReasonCodes.NotAcceptedErrorCode;

    /// <summary>When refused: <c>reason</c> or <c>note</c>.</summary>
    public string? Field { get; }

    /// <summary>When refused: why, in English.</summary>
    public string? Message { get; }

    internal static LockReasonParseResult Accepted(LockReason reason) => new(reason, null, null);

    internal static LockReasonParseResult Refused(string field, string message) => new(null, field, message);
}

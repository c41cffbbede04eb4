namespace IntegrationHub.Domain.Locks;

/// <summary>An accepted reason for a lock (LK11), with the requester's note (always present for <c>other</c>).</summary>
public sealed record LockReason(LockReasonCode Code, string? Note)
{
    /// <summary>The longest note accepted.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>The API spelling of <see cref="Code"/>.</summary>
    public string CodeText => Code.ToCode();

    /// <summary>
    /// Reads the <c>reason</c> and <c>note</c> of a lock request. Only the ten codes of API.md are accepted, spelt
    /// exactly; anything else, "excessive-use" (heavy use of the e-services is no reason) included, is refused with
    /// <c>reason_not_accepted</c>, as is <c>other</c> without a note and a note longer than
    /// <see cref="MaxNoteLength"/>. The note is trimmed; a blank note is none.
    /// </summary>
    public static LockReasonParseResult Parse(string? reason, string? note)
    {
        if (!LockReasonCodes.TryParse(reason, out var code))
        {
            return LockReasonParseResult.Refused("reason", "Not an accepted reason for a lock.");
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (code == LockReasonCode.Other && trimmed is null)
        {
            return LockReasonParseResult.Refused("note", "The reason \"other\" needs a note stating it.");
        }

        if (trimmed is not null && trimmed.Length > MaxNoteLength)
        {
            return LockReasonParseResult.Refused("note", $"The note may be at most {MaxNoteLength} characters.");
        }

        return LockReasonParseResult.Accepted(new LockReason(code, trimmed));
    }
}

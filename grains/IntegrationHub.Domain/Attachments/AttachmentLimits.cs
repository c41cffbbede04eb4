namespace IntegrationHub.Domain.Attachments;

/// <summary>How large and how many attachments may be (CS5).</summary>
public static class AttachmentLimits
{
    /// <summary>20 MB, counted as 20 × 1024 × 1024 bytes: a file of exactly this size is accepted, one byte more is not.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>A resident attaches at most 5 files to one message.</summary>
    public const int MaxResidentFilesPerMessage = 5;

    /// <summary>Staff attach at most 10 files to one message.</summary>
    public const int MaxStaffFilesPerMessage = 10;

    public static int MaxFilesPerMessage(AttachmentSender sender) => sender switch
    {
        AttachmentSender.Resident => MaxResidentFilesPerMessage,
        AttachmentSender.Staff => MaxStaffFilesPerMessage,
        _ => throw new ArgumentOutOfRangeException(nameof(sender), sender, null),
    };

    /// <summary>
    /// Checks the number of files in one message before any is read. A resident may attach only where the clinic
    /// added attachments to the case type (<paramref name="caseTypeAllowsAttachments"/>); staff are not bound by that
    /// (whether a staff member may attach at all depends on the role and the action, and is checked elsewhere).
    /// Returns null when the count is fine.
    /// </summary>
    public static AttachmentFailure? CheckFileCount(AttachmentSender sender, int fileCount, bool caseTypeAllowsAttachments)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fileCount);
        if (fileCount == 0)
        {
            return null;
        }

        if (sender == AttachmentSender.Resident && !caseTypeAllowsAttachments)
        {
            return AttachmentFailure.NotAllowed;
        }

        return fileCount > MaxFilesPerMessage(sender) ? AttachmentFailure.TooManyFiles : null;
    }
}

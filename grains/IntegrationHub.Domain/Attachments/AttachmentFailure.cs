namespace IntegrationHub.Domain.Attachments;

/// <summary>Why an attachment or a set of attachments is refused.</summary>
public enum AttachmentFailure
{
    /// <summary>The file has no bytes: 415 <c>file_type_not_allowed</c>, as it has no recognisable type.</summary>
    Empty,

    /// <summary>Not PDF, PNG, GIF or JPEG by content: 415 <c>file_type_not_allowed</c>.</summary>
    TypeNotAllowed,

    /// <summary>More than 20 MB: 413 <c>file_too_large</c>.</summary>
    TooLarge,

    /// <summary>More files in one message than the sender may attach: 400 <c>too_many_files</c>.</summary>
    TooManyFiles,

    /// <summary>The clinic has not added attachments to this case type: 400 <c>attachments_not_allowed</c>.</summary>
    NotAllowed,
}

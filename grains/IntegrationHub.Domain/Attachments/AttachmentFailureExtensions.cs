namespace IntegrationHub.Domain.Attachments;

/// <summary>The API's error code and status for each failure.</summary>
public static class AttachmentFailureExtensions
{
    /// <summary>The <c>code</c> of the problem response (API.md).</summary>
    public static string ToErrorCode(this AttachmentFailure failure) => failure switch
    {
        AttachmentFailure.Empty or AttachmentFailure.TypeNotAllowed => "file_type_not_allowed",
        AttachmentFailure.TooLarge => "file_too_large",
        AttachmentFailure.TooManyFiles => "too_many_files",
        AttachmentFailure.NotAllowed => "attachments_not_allowed",
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, null),
    };

    /// <summary>The HTTP status of the problem response (API.md).</summary>
    public static int ToStatusCode(this AttachmentFailure failure) => failure switch
    {
        AttachmentFailure.Empty or AttachmentFailure.TypeNotAllowed => 415,
        AttachmentFailure.TooLarge => 413,
        AttachmentFailure.TooManyFiles or AttachmentFailure.NotAllowed => 400,
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, null),
    };
}

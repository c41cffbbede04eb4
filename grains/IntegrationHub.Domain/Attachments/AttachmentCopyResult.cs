namespace IntegrationHub.Domain.Attachments;

/// <summary>The outcome of <see cref="AttachmentCopier.CopyAsync(Stream, Stream, CancellationToken)"/>.</summary>
public sealed record AttachmentCopyResult
{
    private AttachmentCopyResult(AttachmentContentType? contentType, AttachmentFailure? failure, long length, long bytesRead)
    {
        ContentType = contentType;
        Failure = failure;
        Length = length;
        BytesRead = bytesRead;
    }

    public bool Succeeded => Failure is null;

    /// <summary>The type judged from the content, when the copy succeeded.</summary>
    public AttachmentContentType? ContentType { get; }

    /// <summary>Why the file was refused; null when it was accepted.</summary>
    public AttachmentFailure? Failure { get; }

    /// <summary>Bytes written to the destination: the file's size when the copy succeeded.</summary>
    public long Length { get; }

    /// <summary>Bytes read from the source; on a refusal for size, at most the limit plus one.</summary>
    public long BytesRead { get; }

    internal static AttachmentCopyResult Success(AttachmentContentType contentType, long length) =>
        new(contentType, null, length, length);

    internal static AttachmentCopyResult Refused(AttachmentFailure failure, long written, long bytesRead) =>
        new(null, failure, written, bytesRead);
}

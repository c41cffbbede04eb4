namespace IntegrationHub.Domain.Attachments;

/// <summary>Thrown by <see cref="SizeLimitedStream"/> as soon as more than its limit has been read.</summary>
public sealed class AttachmentTooLargeException(long limit)
    : IOException($"The attachment is larger than {limit} bytes.")
{
    public long Limit { get; } = limit;
}

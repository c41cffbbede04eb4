using System.Buffers;

namespace IntegrationHub.Domain.Attachments;

/// <summary>
/// Streams one uploaded file to its destination (a temporary file) while enforcing CS5: the type is judged from the
/// first bytes before anything is written, and the copy stops as soon as the size limit is passed. On a refusal the
/// destination may hold a prefix of the file (never more than the limit): the caller discards it.
/// </summary>
public static class AttachmentCopier
{
    private const int BufferSize = 81920;

    /// <summary>Copies with the 20 MB limit of <see cref="AttachmentLimits.MaxFileBytes"/>.</summary>
    public static Task<AttachmentCopyResult> CopyAsync(Stream source, Stream destination, CancellationToken cancellationToken) =>
        CopyAsync(source, destination, AttachmentLimits.MaxFileBytes, cancellationToken);

    public static async Task<AttachmentCopyResult> CopyAsync(
        Stream source, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var limited = new SizeLimitedStream(source, maxBytes, leaveOpen: true);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long written = 0;
        try
        {
            var head = 0;
            while (head < AttachmentContentType.SniffLength)
            {
                var read = await limited.ReadAsync(buffer.AsMemory(head, AttachmentContentType.SniffLength - head), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                head += read;
            }

            if (head == 0)
            {
                return AttachmentCopyResult.Refused(AttachmentFailure.Empty, 0, 0);
            }

            var contentType = AttachmentContentType.Detect(buffer.AsSpan(0, head));
            if (contentType is null)
            {
                return AttachmentCopyResult.Refused(AttachmentFailure.TypeNotAllowed, 0, limited.BytesRead);
            }

            await destination.WriteAsync(buffer.AsMemory(0, head), cancellationToken);
            written = head;
            while (true)
            {
                var read = await limited.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                written += read;
            }

            await destination.FlushAsync(cancellationToken);
            return AttachmentCopyResult.Success(contentType, written);
        }
        catch (AttachmentTooLargeException)
        {
            return AttachmentCopyResult.Refused(AttachmentFailure.TooLarge, written, limited.BytesRead);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

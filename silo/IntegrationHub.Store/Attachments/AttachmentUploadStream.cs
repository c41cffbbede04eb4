namespace IntegrationHub.Store.Attachments;

/// <summary>
/// One upload on its way into the store: written in chunks as the bytes arrive and staged. It becomes the case's only
/// when the message it came with is accepted (an effect of the case's commit); a refused one is discarded, and
/// one that a crash left staged is swept as abandoned.
/// </summary>
public abstract class AttachmentUploadStream : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public abstract Task CompleteAsync(CancellationToken cancellationToken);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Uploads are written asynchronously.");
}

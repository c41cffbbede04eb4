namespace IntegrationHub.Domain.Attachments;

/// <summary>
/// A read-only view of another stream that throws <see cref="AttachmentTooLargeException"/> as soon as more than
/// <see cref="Limit"/> bytes have come through. It never asks the inner stream for more than one byte beyond the
/// limit, so an oversized upload is refused after reading at most <c>Limit + 1</c> bytes, never buffered whole.
/// </summary>
public sealed class SizeLimitedStream : Stream
{
    private readonly Stream _inner;
    private readonly bool _leaveOpen;

    public SizeLimitedStream(Stream inner, long limit, bool leaveOpen = true)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (!inner.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(inner));
        }

        _inner = inner;
        Limit = limit;
        _leaveOpen = leaveOpen;
    }

    /// <summary>The most bytes accepted.</summary>
    public long Limit { get; }

    /// <summary>Bytes read from the inner stream so far (at most <c>Limit + 1</c>).</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        return Count(_inner.Read(buffer[..Allowed(buffer.Length)]));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        return Count(await _inner.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        if (!_leaveOpen)
        {
            await _inner.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Allowed(int requested)
    {
        if (BytesRead > Limit)
        {
            throw new AttachmentTooLargeException(Limit);
        }

        // One byte past the limit is enough to know the limit is exceeded.
        return (int)Math.Min(requested, Limit - BytesRead + 1);
    }

    private int Count(int read)
    {
        BytesRead += read;
        if (BytesRead > Limit)
        {
            throw new AttachmentTooLargeException(Limit);
        }

        return read;
    }
}

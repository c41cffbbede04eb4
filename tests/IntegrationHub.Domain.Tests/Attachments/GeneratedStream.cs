namespace IntegrationHub.Domain.Tests.Attachments;

/// <summary>
/// A non-seekable source of a given length that starts with <c>head</c> and continues with zeros, made up as it is
/// read (no 20 MB buffer), counting what is read and the largest read asked for.
/// </summary>
internal sealed class GeneratedStream(byte[] head, long length, int maxChunk = int.MaxValue) : Stream
{
    public long BytesRead { get; private set; }

    public int LargestRequest { get; private set; }

    public int ReadCalls { get; private set; }

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
        ReadCalls++;
        LargestRequest = Math.Max(LargestRequest, buffer.Length);
        var count = (int)Math.Min(Math.Min(buffer.Length, maxChunk), length - BytesRead);
        for (var i = 0; i < count; i++)
        {
            var position = BytesRead + i;
            buffer[i] = position < head.Length ? head[position] : (byte)0;
        }

        BytesRead += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

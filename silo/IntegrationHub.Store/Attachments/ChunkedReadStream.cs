namespace IntegrationHub.Store.Attachments;

/// <summary>Reads a stored file chunk by chunk, one query per chunk, so no connection is held while the client reads.</summary>
internal sealed class ChunkedReadStream(Func<int, CancellationToken, Task<byte[]?>> readChunk, long length) : Stream
{
    private byte[] current = [];
    private int offset;
    private int next;
    private long position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        if (offset == current.Length)
        {
            if (position >= length || await readChunk(next++, cancellationToken) is not { Length: > 0 } chunk)
            {
                return 0;
            }

            current = chunk;
            offset = 0;
        }

        var take = Math.Min(destination.Length, current.Length - offset);
        current.AsMemory(offset, take).CopyTo(destination);
        offset += take;
        position += take;
        return take;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

using System.Buffers;

namespace IntegrationHub.Store.Attachments;

/// <summary>Cuts what is written into fixed-size chunks and hands each full chunk to the store.</summary>
internal abstract class ChunkedUpload : AttachmentUploadStream
{
    public const int ChunkSize = 256 * 1024;

    private byte[]? buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private int filled;
    private int sequence;

    public long BytesWritten { get; private set; }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
    {
        var chunk = buffer ?? throw new ObjectDisposedException(GetType().Name);
        while (!source.IsEmpty)
        {
            var take = Math.Min(ChunkSize - filled, source.Length);
            source[..take].CopyTo(chunk.AsMemory(filled));
            filled += take;
            BytesWritten += take;
            source = source[take..];
            if (filled == ChunkSize)
            {
                await WriteChunkAsync(sequence++, chunk.AsMemory(0, filled), cancellationToken);
                filled = 0;
            }
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async Task CompleteAsync(CancellationToken cancellationToken)
    {
        var chunk = buffer ?? throw new ObjectDisposedException(GetType().Name);
        if (filled > 0)
        {
            await WriteChunkAsync(sequence++, chunk.AsMemory(0, filled), cancellationToken);
            filled = 0;
        }

        await CommitAsync(BytesWritten, cancellationToken);
    }

    protected abstract Task WriteChunkAsync(int sequence, ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    protected abstract Task CommitAsync(long length, CancellationToken cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref buffer, null) is { } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        base.Dispose(disposing);
    }
}

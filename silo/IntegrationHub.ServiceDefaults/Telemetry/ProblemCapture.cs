using Microsoft.AspNetCore.Http;

namespace IntegrationHub.ServiceDefaults.Telemetry;

/// <summary>
/// The response body as it was, plus a copy of the first bytes of a <c>application/problem+json</c> answer with a status
/// of 400 or more (decided at the first write, when status and content type are set).
/// </summary>
internal sealed class ProblemCapture(Stream inner, HttpResponse response, int limit) : Stream
{
    private MemoryStream? copy;
    private bool decided;

    /// <summary>The captured problem body, or null when the answer was no problem.</summary>
    public ReadOnlyMemory<byte>? Captured => copy is null ? null : copy.GetBuffer().AsMemory(0, (int)copy.Length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            copy?.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (!decided)
        {
            decided = true;
            if (response.StatusCode >= 400
                && response.ContentType?.StartsWith("application/problem+json", StringComparison.OrdinalIgnoreCase) == true)
            {
                copy = new MemoryStream();
            }
        }

        if (copy is not null && copy.Length < limit)
        {
            copy.Write(bytes[..Math.Min(bytes.Length, limit - (int)copy.Length)]);
        }
    }
}

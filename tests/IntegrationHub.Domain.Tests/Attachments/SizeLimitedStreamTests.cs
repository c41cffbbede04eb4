using IntegrationHub.Domain.Attachments;

namespace IntegrationHub.Domain.Tests.Attachments;

public sealed class SizeLimitedStreamTests
{
    [Fact]
    [Trait("Rule", "CS5")]
    public async Task ReadAsync_UpToTheLimit_ReadsEverything()
    {
        var source = new GeneratedStream(Signatures.Png, 1000);
        await using var limited = new SizeLimitedStream(source, 1000);
        using var copy = new MemoryStream();

        await limited.CopyToAsync(copy, CancellationToken.None);

        Assert.Equal(1000, copy.Length);
        Assert.Equal(1000, limited.BytesRead);
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task ReadAsync_PastTheLimit_ThrowsAfterReadingOneByteMore()
    {
        var source = new GeneratedStream(Signatures.Png, 1_000_000);
        await using var limited = new SizeLimitedStream(source, 1000);

        var error = await Assert.ThrowsAsync<AttachmentTooLargeException>(() =>
            limited.CopyToAsync(Stream.Null, CancellationToken.None));

        Assert.Equal(1000, error.Limit);
        Assert.Equal(1001, source.BytesRead);
    }

    [Fact]
    public void Read_AfterTheLimitWasPassed_KeepsThrowing()
    {
        var source = new GeneratedStream(Signatures.Png, 100);
        using var limited = new SizeLimitedStream(source, 10);
        var buffer = new byte[64];

        Assert.Throws<AttachmentTooLargeException>(() => limited.Read(buffer, 0, buffer.Length));
        Assert.Throws<AttachmentTooLargeException>(() => limited.Read(buffer, 0, buffer.Length));
        Assert.Equal(11, source.BytesRead);
    }

    [Fact]
    public void Dispose_LeaveOpenFalse_DisposesInner()
    {
        var inner = new MemoryStream([1, 2, 3]);

        new SizeLimitedStream(inner, 10, leaveOpen: false).Dispose();

        Assert.False(inner.CanRead);
    }
}

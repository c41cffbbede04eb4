using IntegrationHub.Domain.Attachments;

namespace IntegrationHub.Domain.Tests.Attachments;

public sealed class AttachmentCopierTests
{
    private const long TwentyMegabytes = 20 * 1024 * 1024;

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task CopyAsync_PngNamedPdf_JudgedPngByContent()
    {
        // The upload is called "remiss.pdf" and declared application/pdf; neither is looked at.
        using var upload = new MemoryStream([.. Signatures.Png, .. new byte[100]]);
        using var destination = new MemoryStream();

        var result = await AttachmentCopier.CopyAsync(upload, destination, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Same(AttachmentContentType.Png, result.ContentType);
        Assert.Equal(116, result.Length);
        Assert.Equal(upload.ToArray(), destination.ToArray());
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task CopyAsync_ExecutableNamedPdf_RefusedBeforeAnythingIsWritten()
    {
        var upload = new GeneratedStream(Signatures.Executable, 5 * 1024 * 1024);
        using var destination = new CountingSink();

        var result = await AttachmentCopier.CopyAsync(upload, destination, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(AttachmentFailure.TypeNotAllowed, result.Failure);
        Assert.Equal("file_type_not_allowed", result.Failure!.Value.ToErrorCode());
        Assert.Equal(415, result.Failure.Value.ToStatusCode());
        Assert.Equal(0, destination.BytesWritten);
        Assert.Equal(AttachmentContentType.SniffLength, upload.BytesRead);
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task CopyAsync_ZeroBytes_RefusedAsEmpty()
    {
        using var destination = new MemoryStream();

        var result = await AttachmentCopier.CopyAsync(new MemoryStream(), destination, CancellationToken.None);

        Assert.Equal(AttachmentFailure.Empty, result.Failure);
        Assert.Equal("file_type_not_allowed", result.Failure!.Value.ToErrorCode());
        Assert.Equal(0, destination.Length);
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task CopyAsync_Exactly20Megabytes_Accepted()
    {
        var upload = new GeneratedStream(Signatures.Pdf, TwentyMegabytes);
        using var destination = new CountingSink();

        var result = await AttachmentCopier.CopyAsync(upload, destination, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Same(AttachmentContentType.Pdf, result.ContentType);
        Assert.Equal(TwentyMegabytes, result.Length);
        Assert.Equal(TwentyMegabytes, destination.BytesWritten);
        Assert.Equal(Signatures.Pdf, destination.Head[..Signatures.Pdf.Length]);
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task CopyAsync_20MegabytesPlusOne_RefusedWhileStreaming()
    {
        var upload = new GeneratedStream(Signatures.Jpeg, TwentyMegabytes + 1);
        using var destination = new CountingSink();

        var result = await AttachmentCopier.CopyAsync(upload, destination, CancellationToken.None);

        Assert.Equal(AttachmentFailure.TooLarge, result.Failure);
        Assert.Equal("file_too_large", result.Failure!.Value.ToErrorCode());
        Assert.Equal(413, result.Failure.Value.ToStatusCode());
        Assert.True(destination.BytesWritten <= TwentyMegabytes);
        Assert.Equal(TwentyMegabytes + 1, result.BytesRead);
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task CopyAsync_HugeUpload_StopsReadingOneByteAfterTheLimit()
    {
        // A 1 GB upload: the copier must give up right after the limit, not read (or buffer) the rest.
        var upload = new GeneratedStream(Signatures.Png, 1024L * 1024 * 1024);
        using var destination = new CountingSink();

        var result = await AttachmentCopier.CopyAsync(upload, destination, CancellationToken.None);

        Assert.Equal(AttachmentFailure.TooLarge, result.Failure);
        Assert.Equal(TwentyMegabytes + 1, upload.BytesRead);
        Assert.True(destination.BytesWritten <= TwentyMegabytes);
        Assert.True(upload.LargestRequest <= 81920, "reads are bounded by one buffer");
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public async Task CopyAsync_SignatureArrivesOneByteAtATime_StillDetected()
    {
        var upload = new GeneratedStream(Signatures.Png, 1000, maxChunk: 1);
        using var destination = new CountingSink();

        var result = await AttachmentCopier.CopyAsync(upload, destination, CancellationToken.None);

        Assert.Same(AttachmentContentType.Png, result.ContentType);
        Assert.Equal(1000, destination.BytesWritten);
    }

    [Fact]
    public async Task CopyAsync_SmallerLimit_Honoured()
    {
        using var destination = new CountingSink();

        var atLimit = await AttachmentCopier.CopyAsync(new GeneratedStream(Signatures.Gif89, 100), destination, 100, CancellationToken.None);
        var overLimit = await AttachmentCopier.CopyAsync(new GeneratedStream(Signatures.Gif89, 101), destination, 100, CancellationToken.None);

        Assert.True(atLimit.Succeeded);
        Assert.Equal(AttachmentFailure.TooLarge, overLimit.Failure);
    }

    [Fact]
    public async Task CopyAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            AttachmentCopier.CopyAsync(new GeneratedStream(Signatures.Png, 1000), new CountingSink(), cancellation.Token));
    }
}

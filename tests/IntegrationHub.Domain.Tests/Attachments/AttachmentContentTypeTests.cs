using IntegrationHub.Domain.Attachments;

namespace IntegrationHub.Domain.Tests.Attachments;

public sealed class AttachmentContentTypeTests
{
    public static TheoryData<byte[], string> Accepted => new()
    {
        { Signatures.Pdf, "application/pdf" },
        { Signatures.Png, "image/png" },
        { Signatures.Gif87, "image/gif" },
        { Signatures.Gif89, "image/gif" },
        { Signatures.Jpeg, "image/jpeg" },
    };

    public static TheoryData<byte[]> Refused => new()
    {
        Signatures.Executable,
        "%PDF"u8.ToArray(),
        "%pdf-1.4"u8.ToArray(),
        " %PDF-1.4"u8.ToArray(),
        "GIF88a"u8.ToArray(),
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A },
        new byte[] { 0xFF, 0xD8 },
        new byte[] { 0x50, 0x4B, 0x03, 0x04 },
        "<html><script>alert(1)</script>"u8.ToArray(),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray(),
        "%!PS-Adobe-3.0"u8.ToArray(),
        "hello.pdf"u8.ToArray(),
    };

    [Theory]
    [Trait("Rule", "CS5")]
    [MemberData(nameof(Accepted))]
    public void Detect_AllowedSignature_ReturnsType(byte[] head, string mediaType)
    {
        Assert.Equal(mediaType, AttachmentContentType.Detect(head)?.MediaType);
    }

    [Theory]
    [Trait("Rule", "CS5")]
    [MemberData(nameof(Refused))]
    public void Detect_OtherContent_ReturnsNull(byte[] head)
    {
        Assert.Null(AttachmentContentType.Detect(head));
    }

    [Fact]
    [Trait("Rule", "CS5")]
    public void Detect_Empty_ReturnsNull()
    {
        Assert.Null(AttachmentContentType.Detect([]));
    }

    [Fact]
    public void FromMediaType_KnownAndUnknown_FindsOnlyTheFourTypes()
    {
        Assert.Same(AttachmentContentType.Png, AttachmentContentType.FromMediaType("IMAGE/PNG"));
        Assert.Null(AttachmentContentType.FromMediaType("application/x-msdownload"));
        Assert.Equal(4, AttachmentContentType.All.Count);
    }
}

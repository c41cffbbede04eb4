namespace IntegrationHub.Domain.Attachments;

/// <summary>
/// The file types an attachment may have (CS5): PDF, PNG, GIF and JPEG, judged by the first bytes of the content and
/// never by the file name or the declared content type.
/// </summary>
public sealed class AttachmentContentType
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs to recognise every type.</summary>
    public const int SniffLength = 8;

    public static readonly AttachmentContentType Pdf = new("application/pdf", ".pdf");
    public static readonly AttachmentContentType Png = new("image/png", ".png");
    public static readonly AttachmentContentType Gif = new("image/gif", ".gif");
    public static readonly AttachmentContentType Jpeg = new("image/jpeg", ".jpg");

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Gif87Signature = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89Signature = "GIF89a"u8.ToArray();
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    private AttachmentContentType(string mediaType, string fileExtension)
    {
        MediaType = mediaType;
        FileExtension = fileExtension;
    }

    /// <summary>The media type to serve the file with, e.g. <c>image/png</c>.</summary>
    public string MediaType { get; }

    /// <summary>The usual extension, with its dot, e.g. <c>.png</c>.</summary>
    public string FileExtension { get; }

    public static IReadOnlyList<AttachmentContentType> All { get; } = [Pdf, Png, Gif, Jpeg];

    /// <summary>
    /// The type whose signature <paramref name="head"/> starts with; null for an empty head or any other content
    /// (an executable, HTML, a ZIP, a text file called .pdf ...), which is refused.
    /// </summary>
    public static AttachmentContentType? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(PdfSignature))
        {
            return Pdf;
        }

        if (head.StartsWith(PngSignature))
        {
            return Png;
        }

        if (head.StartsWith(Gif87Signature) || head.StartsWith(Gif89Signature))
        {
            return Gif;
        }

        if (head.StartsWith(JpegSignature))
        {
            return Jpeg;
        }

        return null;
    }

    /// <summary>The type with this media type (as stored with a file), or null.</summary>
    public static AttachmentContentType? FromMediaType(string? mediaType) =>
        All.FirstOrDefault(t => string.Equals(t.MediaType, mediaType, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => MediaType;
}

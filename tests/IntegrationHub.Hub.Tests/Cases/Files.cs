using System.Text;

namespace IntegrationHub.Hub.Tests.Cases;

/// <summary>Small files whose first bytes make them what they are, whatever they are called.</summary>
internal static class Files
{
    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, 1, 2, 3, 4];

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. "JFIF"u8, 0, 1, 2, 3];

    /// <summary>A Windows executable's header ("MZ").</summary>
    public static byte[] Executable() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    /// <summary>A PDF of exactly <paramref name="size"/> bytes.</summary>
    public static byte[] PdfOfSize(long size)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    public static IEnumerable<(string Name, byte[] Bytes)> Pngs(int count) =>
        Enumerable.Range(1, count).Select(i => ($"bild{i}.png", Png()));
}

using System.Text;
using Microsoft.Playwright;

namespace IntegrationHub.Browser.Tests.Infrastructure;

/// <summary>Files a person attaches: a real (tiny) PDF, and a Windows program renamed to look like one.</summary>
public static class Files
{
    public static FilePayload Pdf(string name = "recept.pdf") => new()
    {
        Name = name,
        MimeType = "application/pdf",
        Buffer = Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
    };

    /// <summary>An .exe renamed .pdf: its bytes begin "MZ", the server judges by content (CS5).</summary>
    public static FilePayload ExeNamedPdf() => new()
    {
        Name = "faktura.pdf",
        MimeType = "application/pdf",
        Buffer = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, .. new byte[512]],
    };
}

namespace IntegrationHub.Domain.ClinicInfo;

/// <summary>Which link targets survive in a clinic's info text: absolute http, https and mailto URLs only.</summary>
internal static class SafeLink
{
    public const int MaxLength = 2048;

    /// <summary>
    /// The URL to write, from an href as written (entity-encoded); null when it is not an http, https or mailto URL.
    /// Tabs and line breaks are removed and surrounding spaces and controls trimmed first, as a browser does, so that
    /// <c>java&amp;#x09;script:</c> or <c>&amp;#106;avascript:</c> cannot slip through as something else.
    /// </summary>
    public static string? Clean(string href)
    {
        var decoded = HtmlEntities.Decode(href);
        var url = decoded.Replace("\t", string.Empty, StringComparison.Ordinal)
            .Replace("\n", string.Empty, StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal)
            .Trim(ControlsAndSpace);
        if (url.Length == 0 || url.Length > MaxLength)
        {
            return null;
        }

        foreach (var c in url)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                return null;
            }
        }

        if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && uri.Host.Length > 0
                ? url
                : null;
        }

        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && url.Length > "mailto:".Length)
        {
            return url;
        }

        return null;
    }

    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];
}

using System.Globalization;
using System.Net;
using System.Text;

namespace IntegrationHub.Domain.ClinicInfo;

/// <summary>
/// Decodes character references as a browser would before the sanitiser judges text or a URL: decimal and hex
/// references with or without the closing semicolon (<c>&amp;#106avascript:</c>), named references with a
/// semicolon (the HTML 4 set plus the HTML5 punctuation names such as <c>&amp;colon;</c> and <c>&amp;Tab;</c>).
/// An ampersand that starts no reference stays as it is.
/// </summary>
internal static class HtmlEntities
{
    private const int MaxNameLength = 32;

    private static readonly Dictionary<string, string> Html5Names = new(StringComparer.Ordinal)
    {
        ["apos"] = "'", ["colon"] = ":", ["Tab"] = "\t", ["NewLine"] = "\n", ["lpar"] = "(", ["rpar"] = ")",
        ["sol"] = "/", ["bsol"] = "\\", ["period"] = ".", ["comma"] = ",", ["excl"] = "!", ["quest"] = "?",
        ["num"] = "#", ["percnt"] = "%", ["equals"] = "=", ["plus"] = "+", ["lowbar"] = "_", ["semi"] = ";",
        ["grave"] = "`", ["lsqb"] = "[", ["rsqb"] = "]", ["lcub"] = "{", ["rcub"] = "}", ["verbar"] = "|",
        ["ast"] = "*", ["commat"] = "@", ["dollar"] = "$", ["Hat"] = "^", ["hyphen"] = "\u2010",
    };

    /// <summary>The HTML Standard's replacements for references to C1 controls (Windows-1252 characters).</summary>
    private static readonly Dictionary<int, int> C1Replacements = new()
    {
        [0x80] = 0x20AC, [0x82] = 0x201A, [0x83] = 0x0192, [0x84] = 0x201E, [0x85] = 0x2026, [0x86] = 0x2020,
        [0x87] = 0x2021, [0x88] = 0x02C6, [0x89] = 0x2030, [0x8A] = 0x0160, [0x8B] = 0x2039, [0x8C] = 0x0152,
        [0x8E] = 0x017D, [0x91] = 0x2018, [0x92] = 0x2019, [0x93] = 0x201C, [0x94] = 0x201D, [0x95] = 0x2022,
        [0x96] = 0x2013, [0x97] = 0x2014, [0x98] = 0x02DC, [0x99] = 0x2122, [0x9A] = 0x0161, [0x9B] = 0x203A,
        [0x9C] = 0x0153, [0x9E] = 0x017E, [0x9F] = 0x0178,
    };

    public static string Decode(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '&' && TryReference(text, i, out var decoded, out var length))
            {
                builder.Append(decoded);
                i += length;
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool TryReference(string text, int start, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var p = start + 1;
        if (p < text.Length && text[p] == '#')
        {
            return TryNumeric(text, start, out decoded, out length);
        }

        var nameStart = p;
        while (p < text.Length && p - nameStart < MaxNameLength && char.IsAsciiLetterOrDigit(text[p]))
        {
            p++;
        }

        if (p == nameStart || p >= text.Length || text[p] != ';')
        {
            return false;
        }

        var name = text[nameStart..p];
        if (Html5Names.TryGetValue(name, out var known))
        {
            decoded = known;
        }
        else
        {
            var reference = "&" + name + ";";
            var viaFramework = WebUtility.HtmlDecode(reference);
            if (string.Equals(viaFramework, reference, StringComparison.Ordinal))
            {
                return false;
            }

            decoded = viaFramework;
        }

        length = p + 1 - start;
        return true;
    }

    private static bool TryNumeric(string text, int start, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var p = start + 2;
        var hex = p < text.Length && text[p] is 'x' or 'X';
        if (hex)
        {
            p++;
        }

        var digitsStart = p;
        long value = 0;
        while (p < text.Length && (hex ? char.IsAsciiHexDigit(text[p]) : char.IsAsciiDigit(text[p])))
        {
            if (value <= 0x10FFFF)
            {
                value = (value * (hex ? 16 : 10)) + int.Parse(text.AsSpan(p, 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }

            p++;
        }

        if (p == digitsStart)
        {
            return false;
        }

        if (p < text.Length && text[p] == ';')
        {
            p++;
        }

        var codePoint = (int)Math.Min(value, 0x110000);
        if (C1Replacements.TryGetValue(codePoint, out var replacement))
        {
            codePoint = replacement;
        }

        decoded = codePoint == 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)
            ? "\uFFFD"
            : char.ConvertFromUtf32(codePoint);
        length = p - start;
        return true;
    }
}

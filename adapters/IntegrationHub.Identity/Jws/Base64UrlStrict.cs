using System.Buffers.Text;

namespace IntegrationHub.Identity.Jws;

/// <summary>Base64url without padding, as JWS requires, and nothing else: no '=', no whitespace, no '+' or '/',
/// and only the canonical encoding (the unused low bits of the last character are zero).</summary>
internal static class Base64UrlStrict
{
    internal static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    internal static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        try
        {
            bytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return false;
        }

        // Reject a non-canonical last character, so that one value has exactly one encoding.
        return Base64Url.GetEncodedLength(bytes.Length) == text.Length && text.SequenceEqual(Encode(bytes));
    }
}

using System.Text;
using System.Text.Json;

namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>How every text a resident types is cleaned and measured.</summary>
internal static class TextInput
{
    /// <summary>The longest multiline text: a question, a contact reason, other information.</summary>
    public const int MultilineMaxLength = 4000;

    /// <summary>The longest single-line text: a name, a size, a number.</summary>
    public const int SingleLineMaxLength = 200;

    /// <summary>
    /// NFC-normalises, turns CR LF and CR into LF (single line: every line break and tab into a space), trims, and
    /// refuses other control characters and unpaired surrogates. Returns false with <paramref name="error"/> set when
    /// refused; an empty result means "no value".
    /// </summary>
    public static bool TryNormalise(string raw, bool multiline, out string text, out string? error)
    {
        text = string.Empty;
        error = null;
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
                {
                    builder.Append(c).Append(raw[i + 1]);
                    i++;
                    continue;
                }

                error = "Contains an invalid character.";
                return false;
            }

            if (char.IsLowSurrogate(c))
            {
                error = "Contains an invalid character.";
                return false;
            }

            switch (c)
            {
                case '\r':
                    if (i + 1 < raw.Length && raw[i + 1] == '\n')
                    {
                        i++;
                    }

                    builder.Append(multiline ? '\n' : ' ');
                    break;
                case '\n' or '\u2028' or '\u2029':
                    builder.Append(multiline ? '\n' : ' ');
                    break;
                case '\t':
                    builder.Append(multiline ? '\t' : ' ');
                    break;
                default:
                    if (char.IsControl(c) || c is '\uFEFF' or '\uFFFE' or '\uFFFF')
                    {
                        error = "Contains a control character.";
                        return false;
                    }

                    builder.Append(c);
                    break;
            }
        }

        text = builder.ToString().Normalize(NormalizationForm.FormC).Trim();
        return true;
    }

    /// <summary>
    /// The string of a JSON string value; false when it cannot be read, as for an escaped unpaired surrogate
    /// (<c>"\uD800"</c>), which System.Text.Json refuses to turn into a string.
    /// </summary>
    public static bool TryGetString(JsonElement value, out string text)
    {
        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>A member's name; one that cannot be read (an escaped unpaired surrogate) becomes U+FFFD, matching no field.</summary>
    public static string NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return "\uFFFD";
        }
    }

    /// <summary>Characters as a reader counts them: Unicode scalar values, so an emoji is one.</summary>
    public static int Length(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}

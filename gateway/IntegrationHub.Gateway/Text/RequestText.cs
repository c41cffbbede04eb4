namespace IntegrationHub.Gateway.Text;

/// <summary>
/// What text a client may send: no control characters (C0, DEL, C1) and no unpaired surrogates; multi-line text may
/// hold line breaks and tabs. Text that is not fit is refused with 400 before it reaches a grain, a store or a log line.
/// </summary>
public static class RequestText
{
    /// <summary>Whether <paramref name="text"/> may be taken.</summary>
    /// <param name="text">The text as received.</param>
    /// <param name="multiline">True where the field is multi-line text: CR, LF and TAB are allowed there.</param>
    public static bool IsFit(ReadOnlySpan<char> text, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && !(multiline && c is '\r' or '\n' or '\t')))
            {
                return false;
            }
        }

        return true;
    }
}

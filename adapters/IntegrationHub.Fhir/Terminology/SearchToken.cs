using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>
/// A FHIR token search value: <c>system|value</c>, <c>|value</c> (no system), <c>value</c> (any system) or
/// <c>system|</c> (any value in the system). <c>\|</c>, <c>\,</c>, <c>\$</c> and <c>\\</c> are escapes.
/// </summary>
/// <param name="System">The system; null when the token named none (any system), empty for <c>|value</c>.</param>
/// <param name="Value">The value; empty for <c>system|</c>.</param>
public sealed record SearchToken(string? System, string Value)
{
    /// <summary>Whether the system is the personnummer system in either form (URL or OID).</summary>
    public bool IsPersonnummer => IdentifierSystems.IsPersonnummer(System);

    /// <summary>Whether the system is the samordningsnummer system in either form.</summary>
    public bool IsSamordningsnummer => IdentifierSystems.IsSamordningsnummer(System);

    /// <summary>Whether the system is the HSA-id system in either form.</summary>
    public bool IsHsaId => IdentifierSystems.IsHsaId(System);

    public static bool TryParse(string? token, [NotNullWhen(true)] out SearchToken? result)
    {
        result = null;
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        var bar = FirstUnescapedBar(token);
        if (bar < 0)
        {
            result = new SearchToken(null, Unescape(token));
            return true;
        }

        var system = Unescape(token[..bar]);
        var value = Unescape(token[(bar + 1)..]);
        if (system.Length == 0 && value.Length == 0)
        {
            return false;
        }

        result = new SearchToken(system, value);
        return true;
    }

    /// <summary>
    /// Reads <c>{personnummer system}|{12 digits}</c>, with the system in either form, as the hub's searches take
    /// a person. The check digit is not verified here; that is the identity primitives' business.
    /// </summary>
    public static bool TryParsePersonnummer(string? token, [NotNullWhen(true)] out string? personnummer)
    {
        personnummer = null;
        if (!TryParse(token, out var parsed) || !parsed.IsPersonnummer || !IsTwelveDigits(parsed.Value))
        {
            return false;
        }

        personnummer = parsed.Value;
        return true;
    }

    private static bool IsTwelveDigits(string value) => value.Length == 12 && value.All(char.IsAsciiDigit);

    private static int FirstUnescapedBar(string token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '\\')
            {
                i++;
            }
            else if (token[i] == '|')
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}

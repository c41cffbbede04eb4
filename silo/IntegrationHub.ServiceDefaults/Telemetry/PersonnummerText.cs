using System.Globalization;
using System.Text.RegularExpressions;

namespace IntegrationHub.ServiceDefaults.Telemetry;

/// <summary>
/// Finds personnummer and samordningsnummer in free text, in every form a URL, SQL text or message may carry one:
/// 12 digits (<c>YYYYMMDDNNNC</c>), 10 digits (<c>YYMMDDNNNC</c>), with or without the <c>-</c>/<c>+</c> separator.
/// A candidate counts when its date exists (day + 60 for a samordningsnummer) and its check digit is right, so ids,
/// hashes and timestamps stay readable; digits glued to letters or other digits are not a candidate.
/// </summary>
public static partial class PersonnummerText
{
    /// <summary>What a found number is replaced with.</summary>
    public const string Redacted = "[personnummer]";

    /// <summary>True when <paramref name="text"/> holds a personnummer-like number.</summary>
    public static bool Contains(string? text) => text is not null && Candidates().Matches(text).Any(m => IsPersonnummer(m.Value));

    /// <summary><paramref name="text"/> with every personnummer-like number replaced by <see cref="Redacted"/>.</summary>
    public static string Redact(string text) =>
        Candidates().Replace(text, m => IsPersonnummer(m.Value) ? Redacted : m.Value);

    private static bool IsPersonnummer(string candidate)
    {
        var digits = candidate.Replace("-", string.Empty, StringComparison.Ordinal).Replace("+", string.Empty, StringComparison.Ordinal);
        var ten = digits.Length == 12 ? digits[2..] : digits;
        if (!Luhn(ten))
        {
            return false;
        }

        if (digits.Length == 12)
        {
            return DateExists(digits[..4], digits[4..6], digits[6..8]);
        }

        // YYMMDD: either century will do, so 29 February of a leap year in one of them counts.
        return DateExists("19" + digits[..2], digits[2..4], digits[4..6]) || DateExists("20" + digits[..2], digits[2..4], digits[4..6]);
    }

    private static bool DateExists(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (d > 60)
        {
            d -= 60;
        }

        return y is >= 1800 and <= 2099 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
    }

    private static bool Luhn(string ten)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (ten[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }

        return (10 - sum % 10) % 10 == ten[9] - '0';
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:\d{8}[-+]?\d{4}|\d{6}[-+]?\d{4})(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Candidates();
}

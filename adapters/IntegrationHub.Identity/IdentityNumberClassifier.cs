using System.Text.RegularExpressions;

namespace IntegrationHub.Identity;

/// <summary>
/// Classifies a string as personnummer, samordningsnummer, reservnummer or malformed. Pure: no clock, no registry.
/// </summary>
/// <remarks>
/// <para>Personnummer and samordningsnummer: exactly 12 ASCII digits <c>YYYYMMDDNNNC</c>, birth year 1800 or later,
/// a real calendar date (leap years included; for a samordningsnummer the day minus 60), and the Luhn check digit
/// C over the last ten digits. A number that has the right shape but fails the date or the check digit is
/// malformed, never a reservnummer.</para>
/// <para>Reservnummer are mostly regional (each region issues its own, beside a newer national form) and many contain letters. The rule chosen here
/// is the union of the shapes that HL7 Sweden's base profiles (basprofiler-r4, PatientIdentifier invariants) list
/// for the national and the regional reservnummer, tested only once the string is neither a valid personnummer
/// nor a valid samordningsnummer:</para>
/// <list type="bullet">
/// <item>12 digits starting with <c>99</c> (Region Stockholm: <c>99\d{10}</c>; no birth year starts with 99);</item>
/// <item>8 digits, an optional '-', then a 4-character tail that contains letters, in one of these shapes:
/// national <c>[A-Z]{2}[0-9]{2}</c> or <c>[A-Z]{3}[0-9]</c> (without I, O, Q, V, W); VGR, Västerbotten, Dalarna
/// <c>[A-Z]\d{3}</c>; Värmland <c>S[FUXPL]\d[A-UW-Z1-9]</c>; Örebro <c>T[A-Z]\d[A-J]</c>; Skåne
/// <c>[DEF][A-Z][01][A-Z]</c>; Blekinge and Sörmland <c>[A-Z]{2}\d[A-Z]</c>; Västernorrland <c>\d{3}R</c>;
/// Gävleborg <c>\d{2}[MKX]\d</c>; letters in either case;</item>
/// <item>Skåne's short form: 6 digits and a <c>[DEF][A-Z][01][A-Z]</c> tail.</item>
/// </list>
/// <para>Deliberately not a reservnummer: the Inera Carelink / Region Halland shape (a 12-digit number whose day is
/// 32 to 59). It cannot be told apart from a mistyped date, and ID1 refuses a malformed number before any registry
/// just the same, so such a number is reported as malformed. A digit-only string of another length, a separator
/// inside a digit-only number, and letters inside the date part are malformed too.</para>
/// </remarks>
internal static partial class IdentityNumberClassifier
{
    private const int MinimumBirthYear = 1800;

    internal readonly record struct Classification(IdentityNumberKind? Kind, DateOnly BirthDate)
    {
        internal bool IsMalformed => Kind is null;
    }

    internal static Classification Classify(ReadOnlySpan<char> input)
    {
        if (input.Length == 12 && IsAsciiDigits(input))
        {
            return ClassifyTwelveDigits(input);
        }

        return input.Length is >= 10 and <= 13 && ReservnummerShape().IsMatch(input)
            ? new Classification(IdentityNumberKind.Reservnummer, default)
            : default;
    }

    internal static bool IsAsciiDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Luhn (mod 10) over digits whose last one is the check digit; weights 2,1,2,... from the left.</summary>
    internal static bool LuhnValid(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[i] - '0';
            if ((digits.Length - i) % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private static Classification ClassifyTwelveDigits(ReadOnlySpan<char> s)
    {
        if (s[0] == '9' && s[1] == '9')
        {
            return new Classification(IdentityNumberKind.Reservnummer, default);
        }

        var year = int.Parse(s[..4], provider: System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(s[4..6], provider: System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(s[6..8], provider: System.Globalization.CultureInfo.InvariantCulture);
        if (year < MinimumBirthYear || month is < 1 or > 12 || !LuhnValid(s[2..]))
        {
            return default;
        }

        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day >= 1 && day <= daysInMonth)
        {
            return new Classification(IdentityNumberKind.Personnummer, new DateOnly(year, month, day));
        }

        if (day > 60 && day - 60 <= daysInMonth)
        {
            return new Classification(IdentityNumberKind.Samordningsnummer, new DateOnly(year, month, day - 60));
        }

        return default;
    }

    // ASCII classes only: \d and IgnoreCase would also match other scripts' digits and letters such as the Kelvin sign.
    [GeneratedRegex(
        """
        ^(?:
            [0-9]{8}-?(?:
                [A-HJ-NPR-UX-Za-hj-npr-ux-z]{2}[0-9]{2}      # national reservnummer
              | [A-HJ-NPR-UX-Za-hj-npr-ux-z]{3}[0-9]         # national reservnummer
              | [A-Za-z][0-9]{3}                             # VGR, Västerbotten, Dalarna
              | [Ss][FUXPLfuxpl][0-9][A-UW-Za-uw-z1-9]       # Värmland
              | [Tt][A-Za-z][0-9][A-Ja-j]                    # Örebro
              | [DEFdef][A-Za-z][01][A-Za-z]                 # Skåne
              | [A-Za-z]{2}[0-9][A-Za-z]                     # Blekinge, Sörmland
              | [0-9]{3}[Rr]                                 # Västernorrland
              | [0-9]{2}[MKXmkx][0-9]                        # Gävleborg
            )
          | [0-9]{6}[DEFdef][A-Za-z][01][A-Za-z]             # Skåne, short form
        )$
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex ReservnummerShape();
}

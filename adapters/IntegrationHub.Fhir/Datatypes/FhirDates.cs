using System.Globalization;
using System.Text.RegularExpressions;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>
/// The model keeps FHIR <c>date</c>, <c>dateTime</c> and <c>instant</c> values as strings in their exact lexical
/// form (a partial date such as <c>1912</c> or <c>1912-12</c> is a valid FHIR date). These helpers write them
/// from .NET values and check or read them back.
/// </summary>
public static partial class FhirDates
{
    /// <summary>A FHIR date: <c>YYYY-MM-DD</c>.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A FHIR dateTime to the second (or finer, without trailing zeros), keeping the value's offset
    /// (<c>Z</c> when it is zero): <c>2025-03-01T09:30:00+01:00</c>.
    /// </summary>
    public static string FormatDateTime(DateTimeOffset value) =>
        value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF", CultureInfo.InvariantCulture) + FormatOffset(value.Offset);

    /// <summary>A FHIR instant, in UTC: <c>2025-03-01T08:30:00Z</c> (fractions of a second only when there are any).</summary>
    public static string FormatInstant(DateTimeOffset value) => FormatDateTime(value.ToUniversalTime());

    /// <summary>Whether the text is a FHIR date (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, a real calendar day).</summary>
    public static bool IsValidDate(string? value) => value is not null && DatePattern().IsMatch(value) && HasRealDay(value);

    /// <summary>Whether the text is a FHIR dateTime (a date, partial or not, or a date and time with a time zone).</summary>
    public static bool IsValidDateTime(string? value) =>
        value is not null && DateTimePattern().IsMatch(value) && HasRealDay(value);

    /// <summary>Whether the text is a FHIR instant (date and time to the second with a time zone).</summary>
    public static bool IsValidInstant(string? value) => value is not null && InstantPattern().IsMatch(value) && HasRealDay(value);

    /// <summary>Reads a full FHIR date (<c>YYYY-MM-DD</c>); a partial date gives false.</summary>
    public static bool TryParseDate(string? value, out DateOnly date)
    {
        date = default;
        return value is { Length: 10 } && IsValidDate(value)
            && DateOnly.TryParseExact(value, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>
    /// Reads a FHIR dateTime or instant that has a time of day; a date without time (which FHIR allows in a dateTime)
    /// gives false, since it names no instant. A leap second (<c>:60</c>) gives false as well.
    /// </summary>
    public static bool TryParseDateTime(string? value, out DateTimeOffset dateTime)
    {
        dateTime = default;
        return value is { Length: > 10 } && IsValidDateTime(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out dateTime);
    }

    private static string FormatOffset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "Z";
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }

    // The calendar check the patterns cannot make: 2023-02-29 matches them but is no day.
    private static bool HasRealDay(string value) =>
        value.Length < 10
        || DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    // The regular expressions of the R4 specification (datatypes.html, and the R4 JSON schema).
    [GeneratedRegex(@"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))\z", RegexOptions.CultureInvariant)]
    private static partial Regex InstantPattern();
}

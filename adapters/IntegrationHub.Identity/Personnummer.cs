using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace IntegrationHub.Identity;

/// <summary>
/// A Swedish personal identity number, the one type for it everywhere in the hub.
/// </summary>
/// <remarks>
/// <para><see cref="ToString"/> is masked (<c>19121212-****</c>) so that a personnummer written into a log line,
/// an exception message or a record's ToString by accident does not leak; <see cref="Value"/> is the only way to
/// the 12 digits. <see cref="ToLogHash()"/> gives a stable pseudonym to correlate log lines.</para>
/// <para>The API entry point (<see cref="TryParse(string?, out Personnummer, out IdentityNumberError)"/>) is
/// strict: exactly 12 digits <c>YYYYMMDDNNNC</c>, as API.md requires, and accepts only an ordinary personnummer
/// (ID1). The reservnummer detection rule is described on <c>IdentityNumberClassifier</c>. A value of
/// <see cref="IdentityNumberKind.Samordningsnummer"/> exists only through the overloads that ask for it.</para>
/// <para><c>default(Personnummer)</c> is empty: <see cref="IsEmpty"/> is true, <see cref="ToString"/> is "" and
/// the other members throw <see cref="InvalidOperationException"/>.</para>
/// </remarks>
[JsonConverter(typeof(PersonnummerJsonConverter))]
public readonly record struct Personnummer : IParsable<Personnummer>
{
    /// <summary>
    /// The key of <see cref="ToLogHash()"/>: a fixed pepper, so the same person has the same hash in every process,
    /// on every machine and after a restart. It is pseudonymisation for log lines, not secrecy: there are only
    /// some tens of millions of valid numbers, so anyone with this source can reverse a hash by trying them all.
    /// Where that matters, use <see cref="ToLogHash(ReadOnlySpan{byte})"/> with a secret key.
    /// </summary>
    private static readonly byte[] DefaultLogHashKey = "IntegrationHub.Identity/Personnummer/log-hash/v1"u8.ToArray();

    private readonly string? _value;
    private readonly DateOnly _birthDate;
    private readonly IdentityNumberKind _kind;

    private Personnummer(string value, DateOnly birthDate, IdentityNumberKind kind)
    {
        _value = value;
        _birthDate = birthDate;
        _kind = kind;
    }

    /// <summary>True for <c>default(Personnummer)</c>, which holds no number.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>The real 12 digits <c>YYYYMMDDNNNC</c>. Never log this; use <see cref="ToMaskedString"/> or <see cref="ToLogHash()"/>.</summary>
    public string Value => _value ?? throw Empty();

    /// <summary>The birth date (for a samordningsnummer: the day minus 60).</summary>
    public DateOnly BirthDate => _value is null ? throw Empty() : _birthDate;

    /// <summary><see cref="IdentityNumberKind.Personnummer"/> or <see cref="IdentityNumberKind.Samordningsnummer"/>.</summary>
    public IdentityNumberKind Kind => _value is null ? throw Empty() : _kind;

    /// <summary>Parses a resident's personnummer strictly (12 digits, ordinary personnummer only).</summary>
    /// <exception cref="FormatException">With the API error code as message; the input is never in it.</exception>
    public static Personnummer Parse(string? s) =>
        TryParse(s, out var result, out var error)
            ? result
            : throw new FormatException(IdentityErrorCodes.For(error));

    /// <inheritdoc cref="Parse(string?)"/>
    public static Personnummer Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>
    /// The API entry point (ID1): exactly 12 ASCII digits <c>YYYYMMDDNNNC</c>, a real date, a valid Luhn check
    /// digit, and an ordinary personnummer. A samordningsnummer or reservnummer gets its own error.
    /// </summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? s, out Personnummer result, out IdentityNumberError error) =>
        TryParse(s, acceptSamordningsnummer: false, out result, out error);

    /// <summary>
    /// As <see cref="TryParse(string?, out Personnummer, out IdentityNumberError)"/>; with
    /// <paramref name="acceptSamordningsnummer"/> a well-formed samordningsnummer is a value too (its
    /// <see cref="Kind"/> tells), for identifiers that are not logins (FHIR, registry data).
    /// </summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? s, bool acceptSamordningsnummer, out Personnummer result, out IdentityNumberError error)
    {
        result = default;
        if (s is null)
        {
            error = IdentityNumberError.InvalidIdentityNumber;
            return false;
        }

        var c = IdentityNumberClassifier.Classify(s);
        error = c.Kind switch
        {
            IdentityNumberKind.Personnummer => IdentityNumberError.None,
            IdentityNumberKind.Samordningsnummer when acceptSamordningsnummer => IdentityNumberError.None,
            IdentityNumberKind.Samordningsnummer => IdentityNumberError.SamordningsnummerNotAccepted,
            IdentityNumberKind.Reservnummer => IdentityNumberError.ReservnummerNotAccepted,
            _ => IdentityNumberError.InvalidIdentityNumber,
        };
        if (error != IdentityNumberError.None)
        {
            return false;
        }

        result = new Personnummer(s, c.BirthDate, c.Kind!.Value);
        return true;
    }

    /// <inheritdoc cref="TryParse(string?, out Personnummer, out IdentityNumberError)"/>
    public static bool TryParse([NotNullWhen(true)] string? s, out Personnummer result) =>
        TryParse(s, out result, out _);

    /// <inheritdoc cref="TryParse(string?, out Personnummer, out IdentityNumberError)"/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Personnummer result) =>
        TryParse(s, out result, out _);

    /// <summary>
    /// A lenient parser for people's typing (not for the API): surrounding whitespace is ignored; 12 digits with
    /// an optional '-' before the last four (<c>19121212-1212</c>); or 10 digits <c>YYMMDDNNNC</c> with an
    /// optional '-' or '+' (100 years or older) before the last four. The century of a 10-digit number is the one
    /// that makes the person born on or before <paramref name="today"/> and under 100 ('-' or none) or at least
    /// 100 ('+') years old. The result then passes the strict rules, samordningsnummer refused unless asked for.
    /// </summary>
    public static bool TryParseLenient(
        [NotNullWhen(true)] string? s,
        DateOnly today,
        out Personnummer result,
        out IdentityNumberError error,
        bool acceptSamordningsnummer = false)
    {
        result = default;
        error = IdentityNumberError.InvalidIdentityNumber;
        if (s is null)
        {
            return false;
        }

        var t = s.AsSpan().Trim();
        Span<char> digits = stackalloc char[12];
        switch (t.Length)
        {
            case 13 when t[8] == '-' && IdentityNumberClassifier.IsAsciiDigits(t[..8]) && IdentityNumberClassifier.IsAsciiDigits(t[9..]):
                t[..8].CopyTo(digits);
                t[9..].CopyTo(digits[8..]);
                break;
            case 12 when IdentityNumberClassifier.IsAsciiDigits(t):
                t.CopyTo(digits);
                break;
            case 11 when (t[6] == '-' || t[6] == '+') && IdentityNumberClassifier.IsAsciiDigits(t[..6]) && IdentityNumberClassifier.IsAsciiDigits(t[7..]):
                WithCentury(t[..6], t[7..], centenarian: t[6] == '+', today, digits);
                break;
            case 10 when IdentityNumberClassifier.IsAsciiDigits(t):
                WithCentury(t[..6], t[6..], centenarian: false, today, digits);
                break;
            default:
                // Not a personnummer shape; a reservnummer written with or without a separator is still told apart.
                return TryParse(t.ToString(), acceptSamordningsnummer, out result, out error);
        }

        return TryParse(new string(digits), acceptSamordningsnummer, out result, out error);
    }

    /// <summary>Classifies a string by the strict rules without producing a value; null when it is malformed.</summary>
    public static IdentityNumberKind? DetectKind(string? s) =>
        s is null ? null : IdentityNumberClassifier.Classify(s).Kind;

    /// <summary>The date of the birthday at which the person turns <paramref name="years"/>; a person born on
    /// 29 February has it on 1 March in a year that is not a leap year (the Swedish rule).</summary>
    public DateOnly Birthday(int years)
    {
        var birth = BirthDate;
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(years, DateOnly.MaxValue.Year - birth.Year);
        var year = birth.Year + years;
        return birth.Month == 2 && birth.Day == 29 && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 3, 1)
            : new DateOnly(year, birth.Month, birth.Day);
    }

    /// <summary>The instant the person turns <paramref name="years"/>: 00:00 Europe/Stockholm on <see cref="Birthday"/>.</summary>
    public DateTimeOffset BirthdayInstant(int years) => StockholmTime.StartOfDay(Birthday(years));

    /// <summary>Completed years on a Stockholm calendar date; -1 before the birth date.</summary>
    public int AgeOn(DateOnly date)
    {
        var birth = BirthDate;
        if (date < birth)
        {
            return -1;
        }

        var years = date.Year - birth.Year;
        return date < Birthday(years) ? years - 1 : years;
    }

    /// <summary>Completed years at an instant, counted in Stockholm time (DOMAIN.md: not in UTC).</summary>
    public int AgeAt(DateTimeOffset instant) => AgeOn(StockholmTime.DateOf(instant));

    /// <summary>The masked form <c>YYYYMMDD-****</c>; "" for an empty value. Safe to log.</summary>
    public string ToMaskedString() => _value is null ? string.Empty : string.Concat(_value.AsSpan(0, 8), "-****");

    /// <summary>The masked form (<see cref="ToMaskedString"/>), never the digits: see <see cref="Value"/>.</summary>
    public override string ToString() => ToMaskedString();

    /// <summary>
    /// A stable pseudonym for log lines: the first 16 lowercase hex digits (64 bits) of HMAC-SHA256 over the 12
    /// ASCII digits, keyed with a fixed pepper. The same number gives the same hash in every process and on every
    /// machine. It hides the number from a reader of a log, not from someone with this source (see the pepper).
    /// Not an id: use an opaque id for that.
    /// </summary>
    public string ToLogHash() => ToLogHash(DefaultLogHashKey);

    /// <summary>As <see cref="ToLogHash()"/> with a caller's (secret) key.</summary>
    public string ToLogHash(ReadOnlySpan<byte> key)
    {
        var value = Value;
        Span<byte> digits = stackalloc byte[12];
        Encoding.ASCII.GetBytes(value, digits);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, digits, mac);
        return Convert.ToHexStringLower(mac[..8]);
    }

    private static void WithCentury(
        ReadOnlySpan<char> yymmdd, ReadOnlySpan<char> serial, bool centenarian, DateOnly today, Span<char> digits)
    {
        var yy = int.Parse(yymmdd[..2], provider: System.Globalization.CultureInfo.InvariantCulture);
        var mmdd = int.Parse(yymmdd[2..], provider: System.Globalization.CultureInfo.InvariantCulture);
        var month = mmdd / 100;
        var day = mmdd % 100;
        if (day > 60)
        {
            day -= 60;
        }

        var year = (today.Year / 100 * 100) + yy;
        if (year > today.Year || (year == today.Year && (month * 100) + day > (today.Month * 100) + today.Day))
        {
            year -= 100;
        }

        if (centenarian)
        {
            year -= 100;
        }

        year = Math.Max(year, 0);
        year.TryFormat(digits[..4], out _, "D4", System.Globalization.CultureInfo.InvariantCulture);
        yymmdd[2..].CopyTo(digits[4..8]);
        serial.CopyTo(digits[8..]);
    }

    private static InvalidOperationException Empty() => new("The Personnummer is empty (default).");
}

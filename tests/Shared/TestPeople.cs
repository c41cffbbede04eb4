using System.Collections.Concurrent;
using System.Globalization;

namespace IntegrationHub.Testing;

/// <summary>
/// Synthetic personnummer with valid check digits, unique within a test run, from birth dates that fit each scenario
/// (serials 900–999 keep clear of Skatteverket's published test numbers).
/// </summary>
public static class TestPeople
{
    private static readonly ConcurrentDictionary<DateOnly, int> SerialsByDate = new();

    private static int serial = 899;

    public static string Personnummer(DateOnly birthDate)
    {
        // Counted per birth date, so that two people born the same day differ until a hundred share it: many tests make
        // people of the same age from the same clock, while other test classes draw numbers at the same time.
        var next = SerialsByDate.AddOrUpdate(birthDate, 0, (_, n) => n + 1);
        var number = 900 + next % 100;
        var date = birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var body = date[2..] + number.ToString("000", CultureInfo.InvariantCulture);
        return date + number.ToString("000", CultureInfo.InvariantCulture) + CheckDigit(body);
    }

    /// <summary>A personnummer of someone who is <paramref name="years"/> old (and some days) at <paramref name="now"/>.</summary>
    public static string AgedAt(int years, DateTimeOffset now, int extraDays = 40) =>
        Personnummer(DateOnly.FromDateTime(now.UtcDateTime).AddYears(-years).AddDays(-extraDays));

    /// <summary>A samordningsnummer: birth day + 60.</summary>
    public static string Samordningsnummer(DateOnly birthDate)
    {
        var date = birthDate.ToString("yyyyMM", CultureInfo.InvariantCulture) + (birthDate.Day + 60).ToString("00", CultureInfo.InvariantCulture);
        var body = date[2..] + "239";
        return date + "239" + CheckDigit(body);
    }

    public static string HsaId() => $"SE2321000016-T{Interlocked.Increment(ref serial):D4}";

    public static char CheckDigit(string tenDigitsWithoutCheck)
    {
        var sum = 0;
        for (var i = 0; i < tenDigitsWithoutCheck.Length; i++)
        {
            var d = (tenDigitsWithoutCheck[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }

        return (char)('0' + (10 - sum % 10) % 10);
    }
}

using System.Globalization;

namespace IntegrationHub.Chaos;

/// <summary>Synthetic personnummer with valid check digits, from birth dates of the run's own (serials 900–999).</summary>
internal static class People
{
    private static int next;

    public static string Personnummer(int age)
    {
        var n = Interlocked.Increment(ref next);
        var birth = new DateOnly(DateTime.UtcNow.Year - age, 1, 1).AddDays(n / 100 % 360);
        var date = birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var serial = (900 + (n % 100)).ToString("000", CultureInfo.InvariantCulture);
        var body = date[2..] + serial;
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var d = (body[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }

        return date + serial + (char)('0' + (10 - sum % 10) % 10);
    }

    public static string HsaId() => $"SE2321000016-C{Interlocked.Increment(ref next):D4}";
}

using System.Globalization;

namespace IntegrationHub.Browser.Tests.Infrastructure;

/// <summary>Synthetic personnummer for people of a given age: a birth date, a serial and the Luhn check digit.</summary>
public static class Numbers
{
    public static string Personnummer(DateOnly birthDate, int serial)
    {
        var first = birthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + serial.ToString("000", CultureInfo.InvariantCulture);
        var digits = first[2..];
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }

        return first + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }
}

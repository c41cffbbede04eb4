namespace IntegrationHub.Identity.Tests;

/// <summary>Synthetic identity numbers: Skatteverket's test numbers, or new ones given a valid check digit.</summary>
internal static class TestNumbers
{
    public const string Samordningsnummer = "196109732393";

    public static readonly string[] SkatteverketPersonnummer =
        ["191212121212", "199006022397", "200001052380", "196101182803", "200302022389"];

    /// <summary>Appends the Luhn check digit (over the last nine of these eleven digits) to <paramref name="elevenDigits"/>.</summary>
    public static string WithCheckDigit(string elevenDigits)
    {
        if (elevenDigits.Length != 11)
        {
            throw new ArgumentException("Eleven digits.", nameof(elevenDigits));
        }

        var sum = 0;
        var nine = elevenDigits[2..];
        for (var i = 0; i < nine.Length; i++)
        {
            var d = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }

        return elevenDigits + (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>The same number with a check digit that is wrong.</summary>
    public static string WithWrongCheckDigit(string valid) =>
        valid[..11] + (char)('0' + ((valid[11] - '0' + 1) % 10));
}

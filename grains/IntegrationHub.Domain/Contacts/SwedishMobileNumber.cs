namespace IntegrationHub.Domain.Contacts;

/// <summary>
/// A Swedish mobile number for SMS notifications, stored in E.164 (<c>+46701234567</c>), the form
/// <c>/sim/notifications</c> shows. Accepts the ways people write one: <c>070-123 45 67</c>, <c>0701234567</c>,
/// <c>+46 70 123 45 67</c>, <c>+46 (0)70-123 45 67</c>, <c>0046701234567</c>.
/// </summary>
public static class SwedishMobileNumber
{
    /// <summary>The mobile number series (07X) the Swedish numbering plan gives to mobile telephony.</summary>
    private const string MobileSeries = "02369";

    public static bool TryNormalise(string? input, out string e164)
    {
        e164 = string.Empty;
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return false;
        }

        var compact = input.Trim().Replace("(0)", string.Empty, StringComparison.Ordinal);
        var digits = new System.Text.StringBuilder(compact.Length);
        for (var i = 0; i < compact.Length; i++)
        {
            var c = compact[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && i == 0)
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '/' or '(' or ')' or '\u00A0' or '\u2009' or '\u202F'))
            {
                return false;
            }
        }

        var text = digits.ToString();
        string national;
        if (text.StartsWith("+46", StringComparison.Ordinal))
        {
            national = text[3..];
        }
        else if (text.StartsWith("0046", StringComparison.Ordinal))
        {
            national = text[4..];
        }
        else if (text.StartsWith('0'))
        {
            national = text[1..];
        }
        else if (text.Length == 11 && text.StartsWith("467", StringComparison.Ordinal))
        {
            national = text[2..];
        }
        else
        {
            return false;
        }

        if (national.StartsWith('0'))
        {
            national = national[1..];
        }

        if (national.Length != 9 || national[0] != '7' || !MobileSeries.Contains(national[1], StringComparison.Ordinal)
            || !national.All(char.IsAsciiDigit))
        {
            return false;
        }

        e164 = "+46" + national;
        return true;
    }
}

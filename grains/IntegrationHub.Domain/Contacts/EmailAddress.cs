using System.Globalization;
using System.Text;

namespace IntegrationHub.Domain.Contacts;

/// <summary>
/// Basic e-mail address validation for notifications: one <c>@</c>, a dot-atom local part of ASCII characters, a
/// domain of at least two labels (international domain names allowed). The domain is lowercased; the local part is
/// kept as written.
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;
    private const int MaxLocalLength = 64;
    private const string LocalSpecials = "!#$%&'*+/=?^_`{|}~-";

    public static bool TryNormalise(string? input, out string normalised)
    {
        normalised = string.Empty;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var text = input.Trim().Normalize(NormalizationForm.FormC);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (text.Length > MaxLength || at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
        {
            return false;
        }

        var local = text[..at];
        var domain = text[(at + 1)..].ToLowerInvariant();
        if (!IsLocalPart(local) || !IsDomain(domain))
        {
            return false;
        }

        normalised = local + "@" + domain;
        return true;
    }

    private static bool IsLocalPart(string local)
    {
        if (local.Length > MaxLocalLength || local[0] == '.' || local[^1] == '.'
            || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '.' || LocalSpecials.Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(string domain)
    {
        string ascii;
        try
        {
            ascii = new IdnMapping { UseStd3AsciiRules = true }.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return false;
        }

        var labels = ascii.Split('.');
        if (ascii.Length > 253 || labels.Length < 2)
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        var topLevel = labels[^1];
        return topLevel.Length >= 2 && !topLevel.All(char.IsAsciiDigit);
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace IntegrationHub.Identity;

/// <summary>
/// An HSA-id: a person's or a unit's id in the HSA directory, e.g. <c>SE2321000016-1234</c> (staff, ID6; a
/// clinic's clinicId). Shape: the country code <c>SE</c>, the issuer's organisation number (10 digits, or 12 in
/// the <c>16</c>-prefixed form), '-', and 1 to 31 letters or digits. Lenient: surrounding whitespace is ignored
/// and letters are upper-cased, so <c>se2321000016-7p9n</c> equals <c>SE2321000016-7P9N</c>; the organisation
/// number's check digit is not checked (simulated directories invent ids).
/// </summary>
[JsonConverter(typeof(HsaIdJsonConverter))]
public readonly partial record struct HsaId : IParsable<HsaId>
{
    private readonly string? _value;

    private HsaId(string value) => _value = value;

    /// <summary>True for <c>default(HsaId)</c>.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>The normalised HSA-id.</summary>
    public string Value => _value ?? throw new InvalidOperationException("The HsaId is empty (default).");

    /// <summary>The organisation number part (10 or 12 digits).</summary>
    public string OrganisationNumber => Value[2..Value.IndexOf('-', StringComparison.Ordinal)];

    /// <summary>Parses an HSA-id.</summary>
    /// <exception cref="FormatException">Not an HSA-id.</exception>
    public static HsaId Parse(string? s) =>
        TryParse(s, out var result) ? result : throw new FormatException("Not an HSA-id.");

    /// <inheritdoc cref="Parse(string?)"/>
    public static HsaId Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses an HSA-id, leniently as described on the type.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out HsaId result)
    {
        result = default;
        if (s is null)
        {
            return false;
        }

        var trimmed = s.Trim();
        if (!Shape().IsMatch(trimmed))
        {
            return false;
        }

        result = new HsaId(trimmed.ToUpperInvariant());
        return true;
    }

    /// <inheritdoc cref="TryParse(string?, out HsaId)"/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out HsaId result) =>
        TryParse(s, out result);

    /// <summary>The HSA-id itself (not personal data in the sense of a personnummer); "" when empty.</summary>
    public override string ToString() => _value ?? string.Empty;

    [GeneratedRegex("^[Ss][Ee](?:[0-9]{10}|[0-9]{12})-[A-Za-z0-9]{1,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

namespace IntegrationHub.Domain.ClinicInfo;

/// <summary>
/// A piece of markup: text (still entity-encoded, as written), or a start or end tag with its lowercased name and
/// attributes (names lowercased, values as written, first of a repeated name wins).
/// </summary>
internal sealed record HtmlToken(HtmlTokenKind Kind, string Value)
{
    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; init; } = [];

    public bool SelfClosing { get; init; }

    public string? Attribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (string.Equals(attribute.Key, name, StringComparison.Ordinal))
            {
                return attribute.Value;
            }
        }

        return null;
    }
}

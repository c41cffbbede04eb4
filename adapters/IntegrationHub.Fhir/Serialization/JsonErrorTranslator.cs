using System.Text.Json;
using System.Text.RegularExpressions;
using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>
/// Turns System.Text.Json's exceptions into refusals in FHIR's words (no .NET type names), keyed by the issue
/// code: <c>structure</c> for JSON that is not well-formed or has an unknown or repeated element, <c>invalid</c>
/// for a value of the wrong kind or a missing required element. It reads System.Text.Json's (English-only) messages;
/// one it does not know still becomes a <c>structure</c> refusal, only in less tidy words.
/// </summary>
internal static partial class JsonErrorTranslator
{
    public static FhirJsonException Translate(JsonException exception)
    {
        if (exception is FhirJsonException fhir)
        {
            // Already translated below this point: keep the words, lengthen the path.
            return new FhirJsonException(fhir.IssueCode, fhir.Diagnostics, fhir.FullPath);
        }

        var path = exception.Path ?? "$";
        var message = exception.Message;

        var unmapped = UnmappedMember().Match(message);
        if (unmapped.Success)
        {
            var name = unmapped.Groups["name"].Value;
            var at = path.EndsWith("." + name, StringComparison.Ordinal) ? path[..^(name.Length + 1)] : path;
            return new FhirJsonException(IssueTypeCodes.Structure, $"Unknown element '{name}'", at + "." + name);
        }

        var required = MissingRequired().Match(message);
        if (required.Success)
        {
            var names = required.Groups["names"].Value.Replace("'", string.Empty, StringComparison.Ordinal);
            return new FhirJsonException(IssueTypeCodes.Invalid, $"Missing required element(s): {names}", path);
        }

        var duplicate = DuplicateProperty().Match(message);
        if (duplicate.Success)
        {
            return new FhirJsonException(
                IssueTypeCodes.Structure, $"Element '{duplicate.Groups["name"].Value}' appears more than once", path);
        }

        var notNull = NullNotAllowed().Match(message);
        if (notNull.Success)
        {
            return new FhirJsonException(IssueTypeCodes.Invalid, $"Element '{notNull.Groups["name"].Value}' must not be null", path);
        }

        if (exception.InnerException is InvalidOperationException inner && inner.Message.Contains("UTF-8", StringComparison.Ordinal))
        {
            // The reader could not turn the bytes into text.
            return new FhirJsonException(IssueTypeCodes.Structure, "Malformed JSON: " + inner.Message.TrimEnd('.') + Position(exception), path);
        }

        if (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            return new FhirJsonException(IssueTypeCodes.Invalid, "The element's value has the wrong JSON type" + Position(exception), path);
        }

        if (message.Contains("JSON value of length", StringComparison.Ordinal) || exception.InnerException is FormatException or OverflowException)
        {
            return new FhirJsonException(IssueTypeCodes.Invalid, "The element's value is out of range or badly formed" + Position(exception), path);
        }

        // Everything else is JSON that is not well-formed: the reader's own words are clear and name no .NET type.
        return new FhirJsonException(IssueTypeCodes.Structure, "Malformed JSON: " + StripLocation(message) + Position(exception), path);
    }

    private static string Position(JsonException exception) =>
        exception.LineNumber is { } line && exception.BytePositionInLine is { } column
            ? FormattableString.Invariant($" (line {line + 1}, position {column + 1})")
            : string.Empty;

    private static string StripLocation(string message)
    {
        foreach (var marker in (string[])[" Path: ", " LineNumber: "])
        {
            var index = message.IndexOf(marker, StringComparison.Ordinal);
            if (index >= 0)
            {
                message = message[..index];
            }
        }

        return message.TrimEnd(' ', '|', '.');
    }

    [GeneratedRegex(@"^The JSON property '(?<name>.*)' could not be mapped to any \.NET member", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"was missing required properties,? including: (?<names>.*?)\.?(\s+Path:|$)", RegexOptions.CultureInvariant)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"^The property or field '(?<name>.*?)' on type '.*?' doesn't allow setting null values", RegexOptions.CultureInvariant)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"^Duplicate property '(?<name>.*?)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateProperty();
}

using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Hl7.Fhir.Validation;
using IntegrationHub.Fhir.Outcomes;
using Task = System.Threading.Tasks.Task;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>
/// FHIR R4 JSON through Firely's serializers. Reading is strict (<c>new DeserializerSettings()</c>): malformed JSON,
/// an unknown or repeated element, a value of the wrong JSON type, a badly formed literal, a code outside its required
/// binding and a missing required element are each reported as an issue, all of them at once, never thrown.
/// Writing leaves out empty elements and keeps å, ä, ö readable (FHIR JSON is never inlined in HTML).
/// </summary>
public static class FhirJson
{
    /// <summary>The media type of FHIR JSON.</summary>
    public const string MediaType = "application/fhir+json";

    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings());

    private static readonly FhirJsonSerializer Serializer = new();

    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions IndentedOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Serialize(Base resource, bool writeIndented = false) =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(resource, writeIndented));

    public static byte[] SerializeToUtf8Bytes(Base resource, bool writeIndented = false)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, writeIndented ? IndentedOptions : CompactOptions))
        {
            Serializer.Serialize(resource, writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static async Task SerializeAsync(Stream utf8Json, Base resource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        await utf8Json.WriteAsync(SerializeToUtf8Bytes(resource), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a resource of any type, with every issue found on the way.</summary>
    public static FhirParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json));
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static FhirParseResult Parse(ReadOnlySpan<byte> utf8Json)
    {
        if (SyntaxIssue(utf8Json) is { } syntax)
        {
            return new FhirParseResult(null, [syntax]);
        }

        Resource? resource;
        IEnumerable<CodedException> exceptions;
        try
        {
            Deserializer.TryDeserializeResource(new Utf8JsonReader(utf8Json), out resource, out exceptions);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Well-formed JSON the SDK still could not walk (it throws JsonException, InvalidOperationException and others
            // on shapes it does not expect): the client's body, never a server error.
            return new FhirParseResult(null, [OperationOutcomes.ErrorIssue(OperationOutcome.IssueType.Structure, "The body could not be read as a FHIR resource: " + e.Message)]);
        }

        var root = RootName(resource);
        return new FhirParseResult(resource, [.. exceptions.Select(e => ToIssue(e, root))]);
    }

    /// <summary>Reads a resource of type <typeparamref name="T"/>.</summary>
    /// <exception cref="FhirParseException">The text is not an acceptable <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json)
        where T : Resource =>
        Parse(json).Require<T>();

    /// <inheritdoc cref="Deserialize{T}(string)"/>
    public static async System.Threading.Tasks.Task<T> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default)
        where T : Resource
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)).Require<T>();
    }

    /// <summary>The FHIRPath root of a resource's issues: its type, or <c>Resource</c> when it has none the SDK knows.</summary>
    internal static string RootName(Resource? resource) =>
        resource?.TypeName is { } name && ModelInfo.IsKnownResource(name) ? name : "Resource";

    // What Firely's reader would report in .NET's words, or not at all: bytes that are no UTF-8 text, no JSON, or JSON
    // that is not one object.
    private static OperationOutcome.IssueComponent? SyntaxIssue(ReadOnlySpan<byte> utf8Json)
    {
        if (!Utf8.IsValid(utf8Json))
        {
            return Structure("The body is not UTF-8 text.");
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                return Structure("The body is empty: send the resource as a JSON object.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return Structure($"A resource is a JSON object, not {Describe(reader.TokenType)}.");
            }

            reader.Skip();
            return reader.Read() ? Structure("The body goes on after the resource's closing brace.") : null;
        }
        catch (JsonException e)
        {
            return Structure($"Malformed JSON: {StripLocation(e.Message)} (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).");
        }
    }

    private static OperationOutcome.IssueComponent Structure(string diagnostics) =>
        OperationOutcomes.ErrorIssue(OperationOutcome.IssueType.Structure, diagnostics);

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Null => "null",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => token.ToString(),
    };

    private static string StripLocation(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (index >= 0 ? message[..index] : message).TrimEnd(' ', '.');
    }

    // The SDK names the root "$this" in some paths and messages; FHIRPath starts at the resource's type.
    private static OperationOutcome.IssueComponent ToIssue(CodedException exception, string root)
    {
        if (exception is not ExtendedCodedException coded)
        {
            return Structure(exception.Message);
        }

        // An element the model does not have is a structural problem of the body, as is any JSON rule of FHIR.
        var code = coded is FhirJsonException || coded.ErrorCode == CodedValidationException.UNKNOWN_ELEMENT_CODE
            ? OperationOutcome.IssueType.Structure
            : coded.IssueType;
        var path = Rooted(coded.InstancePath, root);
        var at = coded.LineNumber is { } line && coded.Position is { } position ? $" (line {line}, position {position})" : string.Empty;
        return OperationOutcomes.Issue(coded.IssueSeverity, code, Rooted(coded.BaseErrorMessage, root) + at, string.IsNullOrEmpty(path) ? root : path);
    }

    private static string Rooted(string? text, string root) =>
        (text ?? string.Empty).Replace("$this", root, StringComparison.Ordinal);
}

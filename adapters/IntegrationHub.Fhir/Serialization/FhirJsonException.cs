using System.Text.Json;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>
/// A refusal found while reading FHIR JSON, already in words fit for an OperationOutcome. <see cref="RelativePath"/>
/// is the JSON path below the point where the exception was thrown (System.Text.Json fills <see cref="JsonException.Path"/>
/// with the path down to that point), since a resource nested in a Bundle is read by a serializer call of its own.
/// </summary>
internal sealed class FhirJsonException : JsonException
{
    public FhirJsonException(string issueCode, string diagnostics, string relativePath = "$")
        : base(diagnostics)
    {
        IssueCode = issueCode;
        Diagnostics = diagnostics;
        RelativePath = relativePath;
    }

    public string IssueCode { get; }

    public string Diagnostics { get; }

    public string RelativePath { get; }

    /// <summary>The JSON path from the root of the outermost read that System.Text.Json has filled in so far.</summary>
    public string FullPath => CombinePaths(Path, RelativePath);

    internal static string CombinePaths(string? outer, string inner) =>
        string.IsNullOrEmpty(outer) ? inner : outer + inner[1..];
}

using System.Text.Json;

namespace IntegrationHub.Domain.Cases;

/// <summary>A validated case form: either the normalised fields or the failing ones, never both.</summary>
public sealed record CaseFormResult
{
    private CaseFormResult(JsonElement fields, IReadOnlyList<FieldError> errors)
    {
        Fields = fields;
        Errors = errors;
    }

    public bool IsValid => Errors.Count == 0;

    /// <summary>
    /// When valid: a JSON object with only the known fields, in the form's order, text trimmed and NFC-normalised,
    /// line breaks as <c>\n</c>, choices spelt as the clinic spells them, dates as <c>yyyy-MM-dd</c>. Absent fields
    /// are left out. When invalid: <c>default</c>.
    /// </summary>
    public JsonElement Fields { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    internal static CaseFormResult Valid(JsonElement fields) => new(fields, []);

    internal static CaseFormResult Invalid(IReadOnlyList<FieldError> errors) => new(default, errors);
}

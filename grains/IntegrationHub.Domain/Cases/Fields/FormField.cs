using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>
/// One field of a case form: its name in <c>fields</c>, its label, whether it is required and whether the clinic
/// offers it, and how a submitted value is checked and normalised.
/// </summary>
internal abstract class FormField(string name, string label)
{
    public string Name { get; } = name;

    public string Label { get; } = label;

    public bool Required { get; init; }

    /// <summary>False when the clinic's settings leave the field out: a value for it is refused (not_allowed).</summary>
    public bool Offered { get; init; } = true;

    /// <summary>Describes a condition under which the form's own check requires the field.</summary>
    public string? RequiredWhen { get; init; }

    protected abstract string Kind { get; }

    /// <summary>
    /// Checks a present, non-null value. Returns the normalised value; or null having added errors; or null without
    /// errors when the value is empty (blank text, empty list), which then counts as absent.
    /// </summary>
    public abstract JsonNode? Normalise(JsonElement value, string path, FormErrors errors);

    public virtual FieldDescription Describe() => new(Name, Label, Kind, Required) { RequiredWhen = RequiredWhen };
}

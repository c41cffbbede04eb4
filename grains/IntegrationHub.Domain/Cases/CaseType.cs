using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases;

/// <summary>
/// A case type (CS2): its id, its Swedish name, the form a clinic's settings give it, and the check of a submitted
/// form. A national type is one class under <c>Types/</c> that lists its fields; the catalog finds it by itself.
/// </summary>
public abstract class CaseType
{
    /// <summary>The most certificate kinds a clinic may list.</summary>
    public const int MaxCertificateKinds = 30;

    private static readonly JsonElement EmptyObject = ParseEmptyObject();

    private protected CaseType()
    {
    }

    /// <summary>The id of API.md, e.g. <c>renew-prescription</c>.</summary>
    public abstract string Id { get; }

    /// <summary>The name a resident sees, e.g. "Förnya recept".</summary>
    public abstract string Name { get; }

    public bool IsCustom => Id.StartsWith(CaseTypeIds.CustomPrefix, StringComparison.Ordinal);

    /// <summary>The name at one clinic: a clinic's own type may carry its own title.</summary>
    public virtual string DisplayName(CaseTypeSettings settings) => Name;

    /// <summary>
    /// Checks a submitted case's <c>fields</c> (a JSON object with camelCase names) against this type as the clinic
    /// configured it. Unknown fields, fields the clinic does not offer, wrong types, over-long text, too many items
    /// and missing required values are all reported together.
    /// </summary>
    public CaseFormResult Validate(JsonElement fields, CaseTypeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new FormErrors();
        var value = fields.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? EmptyObject : fields;
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Invalid("fields", "Must be an object.");
            return CaseFormResult.Invalid(errors.ToList());
        }

        var form = FormObject.Validate(value, Fields(settings), string.Empty, errors);
        if (errors.Count == 0)
        {
            CheckForm(form, settings, errors);
        }

        return errors.Count == 0
            ? CaseFormResult.Valid(JsonSerializer.SerializeToElement(form))
            : CaseFormResult.Invalid(errors.ToList());
    }

    /// <summary>The form as the portal renders it at a clinic with these settings.</summary>
    public CaseFormDescription Describe(CaseTypeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CaseFormDescription(
            Id,
            DisplayName(settings),
            Fields(settings).Where(f => f.Offered).Select(f => f.Describe()).ToArray());
    }

    /// <summary>
    /// Checks a clinic's settings for this type beyond their JSON shape: certificate kinds listed once each, health
    /// questions from the catalog, a clinic type's field schema. Paths start with <c>settings.</c>.
    /// </summary>
    public IReadOnlyList<FieldError> ValidateSettings(CaseTypeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new FormErrors();
        CheckList(settings.CertificateKinds, "settings.certificateKinds", MaxCertificateKinds, errors, kind =>
            TextInput.Length(kind) > TextInput.SingleLineMaxLength ? "At most 200 characters." : null);
        CheckList(settings.HealthQuestions, "settings.healthQuestions", HealthQuestions.All.Count, errors, id =>
            HealthQuestions.Find(id) is null ? "Not a known health question." : null);
        CheckSettings(settings, errors);
        return errors.ToList();
    }

    /// <summary>The form's fields under these settings, in display order; fields the clinic turned off are not Offered.</summary>
    internal abstract IReadOnlyList<FormField> Fields(CaseTypeSettings settings);

    /// <summary>Rules across fields, run on the normalised form once every field is valid on its own.</summary>
    internal virtual void CheckForm(JsonObject form, CaseTypeSettings settings, FormErrors errors)
    {
    }

    /// <summary>Rules on the clinic's settings for this type, beyond their shape (paths start with <c>settings.</c>).</summary>
    internal virtual void CheckSettings(CaseTypeSettings settings, FormErrors errors)
    {
    }

    private static void CheckList(
        IReadOnlyList<string> values, string path, int max, FormErrors errors, Func<string, string?> problem)
    {
        if (values.Count > max)
        {
            errors.TooMany(path, max);
            return;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < values.Count; i++)
        {
            var itemPath = FormErrors.Item(path, i);
            var value = values[i];
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Required(itemPath);
            }
            else if (problem(value) is { } message)
            {
                errors.Invalid(itemPath, message);
            }
            else if (!seen.Add(value.Trim()))
            {
                errors.Invalid(itemPath, "Listed more than once.");
            }
        }
    }

    private static JsonElement ParseEmptyObject()
    {
        using var document = JsonDocument.Parse("{}");
        return document.RootElement.Clone();
    }
}

using System.Text.Json;
using IntegrationHub.Domain.Cases.Fields;

namespace IntegrationHub.Domain.Cases;

/// <summary>
/// Reads the body of <c>PUT /staff/clinics/{clinicId}/case-types/{caseType}</c>:
/// <c>{active, attachmentsAllowed, proxyAllowed, settings?: {showUnsuitableDays, certificateKinds, healthQuestions,
/// allowExtraInformation, allowNamingPreviousCaregiver, title, fields}}</c>. A missing flag is false. Members this
/// version does not know are ignored, so that a newer portal can send more; known ones must have the right type.
/// </summary>
public static class CaseTypeSettingsParser
{
    public static CaseTypeSettingsResult Parse(string? caseTypeId, JsonElement body)
    {
        var errors = new FormErrors();
        if (!CaseTypeCatalog.TryGet(caseTypeId, out var caseType))
        {
            errors.Invalid("caseType", "Unknown case type.");
            return CaseTypeSettingsResult.Invalid(errors.ToList());
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Invalid(string.Empty, "Must be an object.");
            return CaseTypeSettingsResult.Invalid(errors.ToList());
        }

        var settings = new CaseTypeSettings
        {
            Active = Flag(body, "active", string.Empty, errors),
            AttachmentsAllowed = Flag(body, "attachmentsAllowed", string.Empty, errors),
            ProxyAllowed = Flag(body, "proxyAllowed", string.Empty, errors),
        };

        if (body.TryGetProperty("settings", out var options) && options.ValueKind != JsonValueKind.Null)
        {
            if (options.ValueKind != JsonValueKind.Object)
            {
                errors.Invalid("settings", "Must be an object.");
            }
            else
            {
                const string path = "settings";
                settings = settings with
                {
                    ShowUnsuitableDays = Flag(options, "showUnsuitableDays", path, errors),
                    AllowExtraInformation = Flag(options, "allowExtraInformation", path, errors),
                    AllowNamingPreviousCaregiver = Flag(options, "allowNamingPreviousCaregiver", path, errors),
                    CertificateKinds = Strings(options, "certificateKinds", path, errors),
                    HealthQuestions = Strings(options, "healthQuestions", path, errors),
                    Title = Text(options, "title", path, errors),
                    CustomFields = CustomFields(options, path, errors),
                };
            }
        }

        if (errors.Count > 0)
        {
            return CaseTypeSettingsResult.Invalid(errors.ToList());
        }

        var semantic = caseType.ValidateSettings(settings);
        return semantic.Count == 0 ? CaseTypeSettingsResult.Valid(settings) : CaseTypeSettingsResult.Invalid(semantic);
    }

    private static bool Flag(JsonElement owner, string name, string path, FormErrors errors)
    {
        if (!owner.TryGetProperty(name, out var value))
        {
            return false;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False or JsonValueKind.Null:
                return false;
            default:
                errors.Invalid(FormErrors.Child(path, name), "Must be true or false.");
                return false;
        }
    }

    private static string? Text(JsonElement owner, string name, string path, FormErrors errors)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return Clean(value, FormErrors.Child(path, name), errors);
    }

    private static string? Clean(JsonElement value, string path, FormErrors errors)
    {
        if (value.ValueKind != JsonValueKind.String || !TextInput.TryGetString(value, out var raw))
        {
            errors.Invalid(path, "Must be text.");
            return null;
        }

        if (!TextInput.TryNormalise(raw, multiline: false, out var text, out var problem))
        {
            errors.Invalid(path, problem!);
            return null;
        }

        return text;
    }

    private static string[] Strings(JsonElement owner, string name, string path, FormErrors errors)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        var listPath = FormErrors.Child(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Invalid(listPath, "Must be a list of text.");
            return [];
        }

        var result = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            result.Add(Clean(item, FormErrors.Item(listPath, index++), errors) ?? string.Empty);
        }

        return [.. result];
    }

    private static CustomFieldDefinition[] CustomFields(JsonElement owner, string path, FormErrors errors)
    {
        if (!owner.TryGetProperty("fields", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        var listPath = FormErrors.Child(path, "fields");
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Invalid(listPath, "Must be a list of fields.");
            return [];
        }

        var result = new List<CustomFieldDefinition>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = FormErrors.Item(listPath, index++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Invalid(itemPath, "Must be an object.");
                continue;
            }

            result.Add(new CustomFieldDefinition(
                Text(item, "id", itemPath, errors) ?? string.Empty,
                Text(item, "label", itemPath, errors) ?? string.Empty,
                Kind(item, itemPath, errors),
                Flag(item, "required", itemPath, errors),
                MaxLength(item, itemPath, errors),
                Strings(item, "choices", itemPath, errors)));
        }

        return [.. result];
    }

    private static CustomFieldKind Kind(JsonElement item, string path, FormErrors errors)
    {
        var kindPath = FormErrors.Child(path, "kind");
        var text = Text(item, "kind", path, errors);
        switch (text)
        {
            case null or "":
                errors.Required(kindPath);
                return CustomFieldKind.Text;
            case "text":
                return CustomFieldKind.Text;
            case "multiline":
                return CustomFieldKind.Multiline;
            case "choice":
                return CustomFieldKind.Choice;
            case "date":
                return CustomFieldKind.Date;
            case "boolean":
                return CustomFieldKind.Boolean;
            default:
                errors.Invalid(kindPath, "Must be text, multiline, choice, date or boolean.");
                return CustomFieldKind.Text;
        }
    }

    private static int? MaxLength(JsonElement item, string path, FormErrors errors)
    {
        if (!item.TryGetProperty("maxLength", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        errors.Invalid(FormErrors.Child(path, "maxLength"), "Must be a whole number.");
        return null;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>Checks a JSON object against a list of fields: the whole form, or one item of a list.</summary>
internal static class FormObject
{
    public static JsonObject Validate(JsonElement value, IReadOnlyList<FormField> fields, string path, FormErrors errors)
    {
        var result = new JsonObject();
        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Invalid(path, "Must be an object.");
            return result;
        }

        var present = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var name = TextInput.NameOf(property);
            var propertyPath = FormErrors.Child(path, name);
            if (!present.TryAdd(name, property.Value))
            {
                errors.Invalid(propertyPath, "Given more than once.");
                continue;
            }

            var field = Find(fields, name);
            if (field is null)
            {
                errors.NotAllowed(propertyPath, "Unknown field.");
            }
            else if (!field.Offered && property.Value.ValueKind != JsonValueKind.Null)
            {
                errors.NotAllowed(propertyPath, "The clinic does not offer this field.");
            }
        }

        foreach (var field in fields)
        {
            if (!field.Offered)
            {
                continue;
            }

            var fieldPath = FormErrors.Child(path, field.Name);
            JsonNode? normalised = null;
            var before = errors.Count;
            if (present.TryGetValue(field.Name, out var raw) && raw.ValueKind != JsonValueKind.Null)
            {
                normalised = field.Normalise(raw, fieldPath, errors);
            }

            if (normalised is not null)
            {
                result[field.Name] = normalised;
            }
            else if (errors.Count == before && field.Required)
            {
                errors.Required(fieldPath);
            }
        }

        return result;
    }

    private static FormField? Find(IReadOnlyList<FormField> fields, string name)
    {
        foreach (var field in fields)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }
}

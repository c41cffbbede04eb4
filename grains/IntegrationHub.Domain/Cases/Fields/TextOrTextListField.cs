using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>
/// A short text or a short list of short texts: "days that don't suit" may be typed ("måndagar") or picked
/// (["monday", "2025-03-04"]).
/// </summary>
internal sealed class TextOrTextListField(string name, string label) : FormField(name, label)
{
    public const int MaxTextLength = 500;
    public const int MaxItems = 31;
    public const int MaxItemLength = 100;

    protected override string Kind => "text-or-list";

    public override JsonNode? Normalise(JsonElement value, string path, FormErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            var text = TextField.Read(value, path, errors, multiline: true, maxLength: MaxTextLength);
            return text is null ? null : JsonValue.Create(text);
        }

        var count = value.GetArrayLength();
        if (count > MaxItems)
        {
            errors.TooMany(path, MaxItems);
            return null;
        }

        var items = new JsonArray();
        var before = errors.Count;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = FormErrors.Item(path, index++);
            if (item.ValueKind != JsonValueKind.String)
            {
                errors.Invalid(itemPath, "Must be text.");
                continue;
            }

            var text = TextField.Read(item, itemPath, errors, multiline: false, maxLength: MaxItemLength);
            if (text is not null)
            {
                items.Add(text);
            }
        }

        return errors.Count == before && items.Count > 0 ? items : null;
    }

    public override FieldDescription Describe() => base.Describe() with { MaxLength = MaxTextLength, MaxItems = MaxItems };
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>
/// A list of small objects (medicines, aids), each checked against its own fields. An empty list counts as absent;
/// more than <see cref="MaxItems"/> is refused as too_many without looking at the items.
/// </summary>
internal sealed class ObjectListField(string name, string label, IReadOnlyList<FormField> itemFields, int minItems, int maxItems)
    : FormField(name, label)
{
    public IReadOnlyList<FormField> ItemFields { get; } = itemFields;

    public int MinItems { get; } = minItems;

    public int MaxItems { get; } = maxItems;

    /// <summary>When set, an item given as a bare string is read as an object with this one field ("Alvedon").</summary>
    public string? BareStringField { get; init; }

    protected override string Kind => "list";

    public override JsonNode? Normalise(JsonElement value, string path, FormErrors errors)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Invalid(path, "Must be a list.");
            return null;
        }

        var count = value.GetArrayLength();
        if (count == 0)
        {
            return null;
        }

        if (count > MaxItems)
        {
            errors.TooMany(path, MaxItems);
            return null;
        }

        if (count < MinItems)
        {
            errors.Invalid(path, $"At least {MinItems}.");
            return null;
        }

        var items = new JsonArray();
        var before = errors.Count;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = FormErrors.Item(path, index++);
            if (item.ValueKind == JsonValueKind.String && BareStringField is not null)
            {
                var fieldPath = FormErrors.Child(itemPath, BareStringField);
                var errorsBefore = errors.Count;
                var text = TextField.Read(item, fieldPath, errors, false, TextInput.SingleLineMaxLength);
                if (text is null)
                {
                    if (errors.Count == errorsBefore)
                    {
                        errors.Required(fieldPath);
                    }

                    continue;
                }

                items.Add(new JsonObject { [BareStringField] = text });
                continue;
            }

            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Invalid(itemPath, "Must be an object.");
                continue;
            }

            items.Add(FormObject.Validate(item, ItemFields, itemPath, errors));
        }

        return errors.Count == before ? items : null;
    }

    public override FieldDescription Describe() => base.Describe() with
    {
        MinItems = MinItems,
        MaxItems = MaxItems,
        Items = ItemFields.Where(f => f.Offered).Select(f => f.Describe()).ToArray(),
    };
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>A whole number in a range; a string of digits is accepted as well.</summary>
internal sealed class IntegerField(string name, string label, int minimum, int maximum) : FormField(name, label)
{
    public int Minimum { get; } = minimum;

    public int Maximum { get; } = maximum;

    protected override string Kind => "integer";

    public override JsonNode? Normalise(JsonElement value, string path, FormErrors errors)
    {
        int number;
        switch (value.ValueKind)
        {
            case JsonValueKind.Number when value.TryGetInt32(out number):
                break;
            case JsonValueKind.String when TextInput.TryGetString(value, out var raw):
                var text = raw.Trim();
                if (text.Length == 0)
                {
                    return null;
                }

                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number))
                {
                    errors.Invalid(path, "Must be a whole number.");
                    return null;
                }

                break;
            default:
                errors.Invalid(path, "Must be a whole number.");
                return null;
        }

        if (number < Minimum || number > Maximum)
        {
            errors.Invalid(path, $"Must be from {Minimum} to {Maximum}.");
            return null;
        }

        return JsonValue.Create(number);
    }

    public override FieldDescription Describe() => base.Describe() with { Minimum = Minimum, Maximum = Maximum };
}

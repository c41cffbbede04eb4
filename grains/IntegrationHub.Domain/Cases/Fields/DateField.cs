using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>A calendar date written <c>yyyy-MM-dd</c>.</summary>
internal sealed class DateField(string name, string label) : FormField(name, label)
{
    public const string Format = "yyyy-MM-dd";

    protected override string Kind => "date";

    public override JsonNode? Normalise(JsonElement value, string path, FormErrors errors)
    {
        if (value.ValueKind != JsonValueKind.String || !TextInput.TryGetString(value, out var raw))
        {
            errors.Invalid(path, "Must be a date (yyyy-MM-dd).");
            return null;
        }

        var text = raw.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (!TryParse(text, out var date))
        {
            errors.Invalid(path, "Must be a date (yyyy-MM-dd).");
            return null;
        }

        return JsonValue.Create(date.ToString(Format, CultureInfo.InvariantCulture));
    }

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

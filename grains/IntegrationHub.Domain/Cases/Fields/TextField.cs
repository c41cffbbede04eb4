using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>Free text, one line or several. A JSON number is taken as its text (a free-card number, a size).</summary>
internal sealed class TextField : FormField
{
    public TextField(string name, string label, bool multiline = false, int? maxLength = null)
        : base(name, label)
    {
        Multiline = multiline;
        MaxLength = maxLength ?? (multiline ? TextInput.MultilineMaxLength : TextInput.SingleLineMaxLength);
    }

    public bool Multiline { get; }

    public int MaxLength { get; }

    protected override string Kind => Multiline ? "multiline" : "text";

    public override JsonNode? Normalise(JsonElement value, string path, FormErrors errors)
    {
        var text = Read(value, path, errors, Multiline, MaxLength);
        return text is null ? null : JsonValue.Create(text);
    }

    public override FieldDescription Describe() => base.Describe() with { MaxLength = MaxLength };

    /// <summary>The cleaned text; null when empty or refused (then with an error).</summary>
    internal static string? Read(JsonElement value, string path, FormErrors errors, bool multiline, int maxLength)
    {
        string raw;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                if (!TextInput.TryGetString(value, out raw))
                {
                    errors.Invalid(path, "Contains an invalid character.");
                    return null;
                }

                break;
            case JsonValueKind.Number:
                raw = value.GetRawText();
                break;
            default:
                errors.Invalid(path, "Must be text.");
                return null;
        }

        if (!TextInput.TryNormalise(raw, multiline, out var text, out var problem))
        {
            errors.Invalid(path, problem!);
            return null;
        }

        if (text.Length == 0)
        {
            return null;
        }

        if (TextInput.Length(text) > maxLength)
        {
            errors.TooLong(path, maxLength);
            return null;
        }

        return text;
    }
}

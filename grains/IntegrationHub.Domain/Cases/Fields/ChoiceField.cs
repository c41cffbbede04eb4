using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>One of a fixed list; matched ignoring case and returned as the list spells it.</summary>
internal sealed class ChoiceField(string name, string label, IReadOnlyList<string> choices) : FormField(name, label)
{
    public IReadOnlyList<string> Choices { get; } = choices;

    protected override string Kind => "choice";

    public override JsonNode? Normalise(JsonElement value, string path, FormErrors errors)
    {
        var text = TextField.Read(value, path, errors, multiline: false, maxLength: TextInput.SingleLineMaxLength);
        if (text is null)
        {
            return null;
        }

        foreach (var choice in Choices)
        {
            if (string.Equals(choice, text, StringComparison.OrdinalIgnoreCase))
            {
                return JsonValue.Create(choice);
            }
        }

        errors.Invalid(path, Choices.Count == 0 ? "The clinic offers no choices here." : "Not one of the choices.");
        return null;
    }

    public override FieldDescription Describe() => base.Describe() with { Choices = Choices };
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntegrationHub.Domain.Cases.Fields;

/// <summary>true or false.</summary>
internal sealed class BooleanField(string name, string label) : FormField(name, label)
{
    protected override string Kind => "boolean";

    public override JsonNode? Normalise(JsonElement value, string path, FormErrors errors)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return JsonValue.Create(value.GetBoolean());
        }

        errors.Invalid(path, "Must be true or false.");
        return null;
    }
}

using System.Text.Json;
using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Gateway.Web.Forms;

/// <summary>A sent form as people read it: each field under its label from the case type, lists and answers as text.</summary>
internal static class CaseFields
{
    public static IReadOnlyList<(string Label, string Text)> Read(string? caseType, JsonElement? fields)
    {
        if (fields is not { ValueKind: JsonValueKind.Object } values)
        {
            return [];
        }

        var described = CaseTypeCatalog.TryGet(caseType, out var type) ? type.Describe(CaseTypeSettings.Inactive).Fields : [];
        return [.. values.EnumerateObject().Select(field =>
        {
            var description = described.FirstOrDefault(d => d.Name == field.Name);
            return (description?.Label ?? field.Name, Text(field.Value, description));
        })];
    }

    private static string Text(JsonElement value, FieldDescription? field) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.True => "Ja",
        JsonValueKind.False => "Nej",
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(item => Text(item, null))),
        JsonValueKind.Object => string.Join(", ", value.EnumerateObject().Select(member =>
        {
            var label = field?.Items?.FirstOrDefault(i => i.Name == member.Name)?.Label
                ?? field?.Questions?.FirstOrDefault(q => q.Id == member.Name)?.Text;
            var text = Text(member.Value, null);
            return label is null || member.Name == "name" ? text : $"{label}: {text}";
        })),
        _ => value.GetRawText(),
    };
}

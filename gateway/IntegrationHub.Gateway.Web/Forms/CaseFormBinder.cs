using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Domain.Cases;

namespace IntegrationHub.Gateway.Web.Forms;

/// <summary>
/// Between a case type's fields (as <c>GET /api/clinics/{clinicId}</c> describes them) and an HTML form: each field's
/// input name, and the form's values made into the JSON the API takes (<c>{clinicId, caseType, fields}</c>). It only
/// shapes; the domain's form is the judge of what is valid, exactly as for an API client.
/// </summary>
internal static class CaseFormBinder
{
    /// <summary>How many item rows a list field offers at most on the page (its own maximum when smaller).</summary>
    public const int MaxRowsShown = 10;

    public const string Prefix = "f.";

    /// <summary>The input name of a field path (<c>medicines[0].name</c> → <c>f.medicines[0].name</c>).</summary>
    public static string InputName(string path) => Prefix + path;

    /// <summary>An element id for a field path, also where its error is shown.</summary>
    public static string InputId(string path) =>
        "f-" + new string([.. path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');

    public static string ItemPath(string list, int index, string field) => $"{list}[{index.ToString(CultureInfo.InvariantCulture)}].{field}";

    public static int RowsOf(FieldDescription list) => Math.Min(list.MaxItems ?? MaxRowsShown, MaxRowsShown);

    public static JsonElement ToJson(string clinicId, string caseType, IReadOnlyList<FieldDescription> fields, IReadOnlyDictionary<string, string> form)
    {
        var values = new JsonObject();
        foreach (var field in fields)
        {
            if (Bind(field, field.Name, form) is { } value)
            {
                values[field.Name] = value;
            }
        }

        var body = new JsonObject { ["clinicId"] = clinicId, ["caseType"] = caseType, ["fields"] = values };
        return JsonSerializer.SerializeToElement(body);
    }

    private static JsonNode? Bind(FieldDescription field, string path, IReadOnlyDictionary<string, string> form)
    {
        switch (field.Kind)
        {
            case "list":
                var items = new JsonArray();
                for (var i = 0; i < RowsOf(field); i++)
                {
                    var item = new JsonObject();
                    foreach (var member in field.Items ?? [])
                    {
                        if (Bind(member, ItemPath(path, i, member.Name), form) is { } value)
                        {
                            item[member.Name] = value;
                        }
                    }

                    if (item.Count > 0)
                    {
                        items.Add(item);
                    }
                }

                return items.Count > 0 ? items : null;
            case "answers":
                var answers = new JsonObject();
                foreach (var question in field.Questions ?? [])
                {
                    if (Text(form, $"{path}.{question.Id}") is { } answer)
                    {
                        answers[question.Id] = answer;
                    }
                }

                return answers.Count > 0 ? answers : null;
            case "boolean":
                return Text(form, path) is { } flag ? JsonValue.Create(flag is "true" or "on") : null;
            case "integer":
                var raw = Text(form, path);
                return raw is null ? null
                    : int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number)
                    : JsonValue.Create(raw);
            default:
                return Text(form, path) is { } text ? JsonValue.Create(text) : null;
        }
    }

    private static string? Text(IReadOnlyDictionary<string, string> form, string path) =>
        form.TryGetValue(InputName(path), out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}

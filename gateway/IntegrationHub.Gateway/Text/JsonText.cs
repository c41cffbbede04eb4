using System.Text.Json;

namespace IntegrationHub.Gateway.Text;

/// <summary>The fit-text check (<see cref="RequestText.IsFit"/>) over a JSON document an endpoint reads as a whole.</summary>
public static class JsonText
{
    /// <summary>
    /// The path (<c>$.fields.question</c>) of the first member name or string value that is not fit text (line breaks
    /// and tabs are allowed in values); null when every one is. An escaped unpaired surrogate, which
    /// System.Text.Json cannot turn into a string, counts as not fit.
    /// </summary>
    public static string? FindUnfit(JsonElement element) => Find(element, "$");

    private static string? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return TryGetString(element, out var text) && RequestText.IsFit(text, multiline: true) ? null : path;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!TryGetName(property, out var name) || !RequestText.IsFit(name, multiline: false))
                    {
                        return path;
                    }

                    if (Find(property.Value, $"{path}.{name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool TryGetString(JsonElement element, out string text)
    {
        try
        {
            text = element.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }
}

using System.Text.Json;

namespace IntegrationHub.Domain.Tests;

internal static class TestJson
{
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static readonly JsonSerializerOptions Readable = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Compact JSON with non-ASCII letters as they are, for readable assertions.</summary>
    public static string Compact(JsonElement element) => JsonSerializer.Serialize(element, Readable);
}

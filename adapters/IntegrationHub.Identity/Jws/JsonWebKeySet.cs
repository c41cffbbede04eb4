using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Identity.Jws;

/// <summary>A JWK Set <c>{"keys": [...]}</c>, as a simulated identity provider publishes it and the hub loads it.</summary>
/// <param name="Keys">The keys.</param>
public sealed record JsonWebKeySet([property: JsonPropertyName("keys")] IReadOnlyList<JsonWebKey> Keys)
{
    /// <summary>The set as JSON.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("keys");
            foreach (var key in Keys)
            {
                writer.WriteStartObject();
                writer.WriteString("kty", key.Kty);
                writer.WriteString("crv", key.Crv);
                writer.WriteString("x", key.X);
                writer.WriteString("y", key.Y);
                writer.WriteString("kid", key.Kid);
                if (key.Use is not null)
                {
                    writer.WriteString("use", key.Use);
                }

                if (key.Alg is not null)
                {
                    writer.WriteString("alg", key.Alg);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Reads a JWK Set. Members other than kty, crv, x, y, kid, use and alg are ignored (a private
    /// <c>d</c> included: it is never imported).</summary>
    /// <exception cref="FormatException">Not a JWK Set, or a key without string members kty, crv, x, y and kid.</exception>
    public static JsonWebKeySet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("keys", out var keys)
                || keys.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("A JWK Set is an object with a \"keys\" array.");
            }

            var result = new List<JsonWebKey>();
            foreach (var key in keys.EnumerateArray())
            {
                if (key.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException("A JWK is an object.");
                }

                result.Add(new JsonWebKey(
                    Required(key, "kty"), Required(key, "crv"), Required(key, "x"), Required(key, "y"), Required(key, "kid"))
                {
                    Use = Optional(key, "use"),
                    Alg = Optional(key, "alg"),
                });
            }

            return new JsonWebKeySet(result);
        }
        catch (JsonException e)
        {
            throw new FormatException("Not a JWK Set.", e);
        }
    }

    private static string Required(JsonElement key, string name) =>
        Optional(key, name) ?? throw new FormatException($"A JWK needs the string member \"{name}\".");

    private static string? Optional(JsonElement key, string name) =>
        key.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Identity;

/// <summary>(De)serializes an <see cref="HsaId"/> as its string, also as a dictionary key.</summary>
public sealed class HsaIdJsonConverter : JsonConverter<HsaId>
{
    /// <inheritdoc/>
    public override HsaId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && HsaId.TryParse(reader.GetString(), out var id)
            ? id
            : throw new JsonException("Not an HSA-id.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, HsaId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.IsEmpty ? throw new JsonException("An empty (default) HsaId cannot be written.") : value.Value);
    }

    /// <inheritdoc/>
    public override HsaId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        HsaId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("Not an HSA-id.");

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, HsaId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.IsEmpty ? throw new JsonException("An empty (default) HsaId cannot be written.") : value.Value);
    }
}

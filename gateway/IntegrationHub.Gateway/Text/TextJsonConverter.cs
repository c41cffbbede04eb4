using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Gateway.Text;

/// <summary>Reads a JSON string only when it is fit text (<see cref="RequestText.IsFit"/>); writes strings unchanged.</summary>
public abstract class TextJsonConverter(bool multiline) : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("Expected text.");
        }

        var text = reader.GetString()!;
        return RequestText.IsFit(text, multiline) ? text : throw new UnfitTextException();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.GetString()!;
        return RequestText.IsFit(name, multiline: false) ? name : throw new UnfitTextException();
    }

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value);
    }
}

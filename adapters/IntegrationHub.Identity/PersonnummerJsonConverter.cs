using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationHub.Identity;

/// <summary>
/// (De)serializes a <see cref="Personnummer"/> as its 12-digit string, also as a dictionary key. Reading accepts
/// an ordinary personnummer or a samordningsnummer (so that every value round-trips); a login must still check
/// <see cref="Personnummer.Kind"/> or parse with <see cref="Personnummer.TryParse(string?, out Personnummer, out IdentityNumberError)"/>
/// to give ID1's error codes. An error message names the error code, never the input.
/// </summary>
public sealed class PersonnummerJsonConverter : JsonConverter<Personnummer>
{
    /// <inheritdoc/>
    public override Personnummer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A personnummer is a JSON string ({IdentityErrorCodes.InvalidIdentityNumber}).");
        }

        return FromString(reader.GetString());
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Personnummer value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ToDigits(value));
    }

    /// <inheritdoc/>
    public override Personnummer ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromString(reader.GetString());

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Personnummer value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(ToDigits(value));
    }

    private static Personnummer FromString(string? s) =>
        Personnummer.TryParse(s, acceptSamordningsnummer: true, out var result, out var error)
            ? result
            : throw new JsonException($"Not a personnummer ({IdentityErrorCodes.For(error)}).");

    private static string ToDigits(Personnummer value) =>
        value.IsEmpty ? throw new JsonException("An empty (default) Personnummer cannot be written.") : value.Value;
}

using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>
/// Reads and writes a member declared as <see cref="Resource"/> (a Bundle entry, a contained resource, the body
/// of a request) as the concrete type its <c>resourceType</c> names. Only the exact type <see cref="Resource"/>
/// is converted here; concrete types are read by System.Text.Json's own object converter.
/// </summary>
internal sealed class ResourceConverter : JsonConverter<Resource>
{
    public override Resource? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FhirJsonException(IssueTypeCodes.Structure, "A resource must be a JSON object");
        }

        var resourceType = FindResourceType(reader);
        if (!ResourceTypes.TryGetType(resourceType, out var type))
        {
            throw new FhirJsonException(
                IssueTypeCodes.Invalid,
                $"Unknown or unsupported resourceType '{resourceType}'; supported: {string.Join(", ", ResourceTypes.Names)}");
        }

        try
        {
            // A read of its own: its exceptions carry paths from this resource down, to be joined to ours.
            return (Resource?)JsonSerializer.Deserialize(ref reader, type, options);
        }
        catch (JsonException exception)
        {
            throw JsonErrorTranslator.Translate(exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, Resource value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, value.GetType(), options);

    // The reader is a struct: this scans a copy, leaving the caller's reader at the start of the object. System.Text.Json
    // hands a converter the whole value already buffered, so reading ahead is safe. The resourceType is a read-only
    // member of the model, which the serializer skips when reading: a second one is refused here.
    private static string FindResourceType(Utf8JsonReader reader)
    {
        string? resourceType = null;
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            var isResourceType = reader.ValueTextEquals("resourceType"u8);
            reader.Read();
            if (!isResourceType)
            {
                reader.Skip();
                continue;
            }

            if (resourceType is not null)
            {
                throw new FhirJsonException(IssueTypeCodes.Structure, "Element 'resourceType' appears more than once");
            }

            resourceType = reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } name
                ? name
                : throw new FhirJsonException(IssueTypeCodes.Invalid, "resourceType must be a non-empty string");
        }

        return resourceType ?? throw new FhirJsonException(IssueTypeCodes.Invalid, "The resource has no resourceType");
    }
}

using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>An R4 <c>Attachment</c>; <c>data</c> and <c>hash</c> are base64.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Attachment : Element
{
    public string? ContentType { get; init; }

    public string? Language { get; init; }

    public string? Data { get; init; }

    public string? Url { get; init; }

    public int? Size { get; init; }

    public string? Hash { get; init; }

    public string? Title { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? Creation { get; init; }
}

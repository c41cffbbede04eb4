using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>An R4 <c>Annotation</c>: a note with an optional author and time.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Annotation : Element, IJsonOnDeserialized
{
    public ResourceReference? AuthorReference { get; init; }

    public string? AuthorString { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? Time { get; init; }

    public required string Text { get; init; }

    void IJsonOnDeserialized.OnDeserialized() =>
        ChoiceElements.EnsureAtMostOne("author[x]", AuthorReference, AuthorString);
}

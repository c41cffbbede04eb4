using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>The base of every resource but Bundle: narrative, contained resources and extensions.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public abstract record DomainResource : Resource
{
    [JsonPropertyOrder(-5)]
    public Narrative? Text { get; init; }

    [JsonPropertyOrder(-4)]
    public IReadOnlyList<Resource>? Contained { get; init; }

    [JsonPropertyOrder(-3)]
    public IReadOnlyList<Extension>? Extension { get; init; }

    [JsonPropertyOrder(-2)]
    public IReadOnlyList<Extension>? ModifierExtension { get; init; }
}

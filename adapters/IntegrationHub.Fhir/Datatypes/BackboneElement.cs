using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>The base of the elements nested in a resource (R4 <c>BackboneElement</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public abstract record BackboneElement : Element
{
    [JsonPropertyOrder(-1)]
    public IReadOnlyList<Extension>? ModifierExtension { get; init; }
}

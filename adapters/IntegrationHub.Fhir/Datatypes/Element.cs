using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>The base of every FHIR datatype (R4 <c>Element</c>): an optional id and extensions.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public abstract record Element
{
    [JsonPropertyOrder(-3)]
    public string? Id { get; init; }

    [JsonPropertyOrder(-2)]
    public IReadOnlyList<Extension>? Extension { get; init; }
}

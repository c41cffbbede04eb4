using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>CapabilityStatement.software: the software that answers.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CapabilityStatementSoftware : BackboneElement
{
    public required string Name { get; init; }

    public string? Version { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? ReleaseDate { get; init; }
}

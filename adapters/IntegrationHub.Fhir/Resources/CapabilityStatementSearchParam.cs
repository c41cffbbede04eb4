using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>CapabilityStatement.rest(.resource).searchParam: a search parameter served, e.g. <c>identifier</c> of type token.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CapabilityStatementSearchParam : BackboneElement
{
    public required string Name { get; init; }

    public string? Definition { get; init; }

    [RequiredBinding("number", "date", "string", "token", "reference", "composite", "quantity", "uri", "special")]
    public required string Type { get; init; }

    public string? Documentation { get; init; }
}

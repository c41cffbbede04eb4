using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>CapabilityStatement.rest(.resource).operation: an operation served.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CapabilityStatementOperation : BackboneElement
{
    public required string Name { get; init; }

    public required string Definition { get; init; }

    public string? Documentation { get; init; }
}

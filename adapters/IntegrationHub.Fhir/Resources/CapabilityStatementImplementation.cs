using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>CapabilityStatement.implementation: this installation.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CapabilityStatementImplementation : BackboneElement
{
    public required string Description { get; init; }

    public string? Url { get; init; }

    public ResourceReference? Custodian { get; init; }
}

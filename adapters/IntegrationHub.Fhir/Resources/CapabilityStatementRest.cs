using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>CapabilityStatement.rest: the RESTful endpoint, its security and its resources.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CapabilityStatementRest : BackboneElement
{
    [RequiredBinding("client", "server")]
    public required string Mode { get; init; }

    public string? Documentation { get; init; }

    public CapabilityStatementSecurity? Security { get; init; }

    public IReadOnlyList<CapabilityStatementResource>? Resource { get; init; }

    public IReadOnlyList<CapabilityStatementSystemInteraction>? Interaction { get; init; }

    public IReadOnlyList<CapabilityStatementSearchParam>? SearchParam { get; init; }

    public IReadOnlyList<CapabilityStatementOperation>? Operation { get; init; }

    public IReadOnlyList<string>? Compartment { get; init; }
}

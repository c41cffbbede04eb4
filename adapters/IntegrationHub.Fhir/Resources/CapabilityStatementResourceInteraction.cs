using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>CapabilityStatement.rest.resource.interaction: <c>read</c>, <c>search-type</c>, <c>create</c>, ...</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CapabilityStatementResourceInteraction : BackboneElement
{
    [RequiredBinding("read", "vread", "update", "patch", "delete", "history-instance", "history-type", "create", "search-type")]
    public required string Code { get; init; }

    public string? Documentation { get; init; }
}

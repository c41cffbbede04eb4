using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>CapabilityStatement.rest.interaction: <c>transaction</c>, <c>batch</c>, <c>search-system</c>, <c>history-system</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CapabilityStatementSystemInteraction : BackboneElement
{
    [RequiredBinding("transaction", "batch", "search-system", "history-system")]
    public required string Code { get; init; }

    public string? Documentation { get; init; }
}

using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>AuditEvent.agent.network: where the agent acted from.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AuditEventNetwork : BackboneElement
{
    public string? Address { get; init; }

    [RequiredBinding("1", "2", "3", "4", "5")]
    public string? Type { get; init; }
}

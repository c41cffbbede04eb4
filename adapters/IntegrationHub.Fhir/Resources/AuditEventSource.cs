using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>AuditEvent.source: the system that recorded the event (the hub).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AuditEventSource : BackboneElement
{
    public string? Site { get; init; }

    public required ResourceReference Observer { get; init; }

    public IReadOnlyList<Coding>? Type { get; init; }
}

using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>AuditEvent.entity: the data used (the Patient read, the query made).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AuditEventEntity : BackboneElement
{
    public ResourceReference? What { get; init; }

    public Coding? Type { get; init; }

    public Coding? Role { get; init; }

    public Coding? Lifecycle { get; init; }

    public IReadOnlyList<Coding>? SecurityLabel { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>The query, base64-encoded.</summary>
    public string? Query { get; init; }

    public IReadOnlyList<AuditEventDetail>? Detail { get; init; }
}

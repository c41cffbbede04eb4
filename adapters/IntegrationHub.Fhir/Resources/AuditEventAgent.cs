using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>AuditEvent.agent: who took part (the FHIR client, by its client id in <c>who.identifier</c> or <c>altId</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AuditEventAgent : BackboneElement
{
    public CodeableConcept? Type { get; init; }

    public IReadOnlyList<CodeableConcept>? Role { get; init; }

    public ResourceReference? Who { get; init; }

    public string? AltId { get; init; }

    public string? Name { get; init; }

    public required bool Requestor { get; init; }

    public ResourceReference? Location { get; init; }

    public IReadOnlyList<string>? Policy { get; init; }

    public Coding? Media { get; init; }

    public AuditEventNetwork? Network { get; init; }

    public IReadOnlyList<CodeableConcept>? PurposeOfUse { get; init; }
}

using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>An R4 AuditEvent: a read of a resident's data by a FHIR client (the agent names the client id).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AuditEvent : DomainResource
{
    public required Coding Type { get; init; }

    public IReadOnlyList<Coding>? Subtype { get; init; }

    [RequiredBinding("C", "R", "U", "D", "E")]
    public string? Action { get; init; }

    public Period? Period { get; init; }

    [JsonConverter(typeof(FhirInstantConverter))]
    public required string Recorded { get; init; }

    [RequiredBinding("0", "4", "8", "12")]
    public string? Outcome { get; init; }

    public string? OutcomeDesc { get; init; }

    public IReadOnlyList<CodeableConcept>? PurposeOfEvent { get; init; }

    public required IReadOnlyList<AuditEventAgent> Agent { get; init; }

    public required AuditEventSource Source { get; init; }

    public IReadOnlyList<AuditEventEntity>? Entity { get; init; }

    protected override string TypeName => "AuditEvent";
}

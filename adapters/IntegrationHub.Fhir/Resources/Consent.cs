using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>
/// An R4 Consent: the journal system's seal (<c>provision.type</c> deny) or guardian block (deny with an actor of role
/// v3-RoleClass GUARD), as it sends it and as the hub mirrors it.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Consent : DomainResource
{
    public IReadOnlyList<Identifier>? Identifier { get; init; }

    [RequiredBinding("draft", "proposed", "active", "rejected", "inactive", "entered-in-error")]
    public required string Status { get; init; }

    public required CodeableConcept Scope { get; init; }

    public required IReadOnlyList<CodeableConcept> Category { get; init; }

    public ResourceReference? Patient { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? DateTime { get; init; }

    public IReadOnlyList<ResourceReference>? Performer { get; init; }

    public IReadOnlyList<ResourceReference>? Organization { get; init; }

    public Attachment? SourceAttachment { get; init; }

    public ResourceReference? SourceReference { get; init; }

    public IReadOnlyList<ConsentPolicy>? Policy { get; init; }

    public CodeableConcept? PolicyRule { get; init; }

    public IReadOnlyList<ConsentVerification>? Verification { get; init; }

    public ConsentProvision? Provision { get; init; }

    protected override string TypeName => "Consent";
}

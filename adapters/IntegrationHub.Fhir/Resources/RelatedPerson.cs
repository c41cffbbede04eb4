using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>An R4 RelatedPerson: a guardian's proxy relationship to a child (relationship PRN and GUARD).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RelatedPerson : DomainResource
{
    public IReadOnlyList<Identifier>? Identifier { get; init; }

    public bool? Active { get; init; }

    public required ResourceReference Patient { get; init; }

    public IReadOnlyList<CodeableConcept>? Relationship { get; init; }

    public IReadOnlyList<HumanName>? Name { get; init; }

    public IReadOnlyList<ContactPoint>? Telecom { get; init; }

    [RequiredBinding("male", "female", "other", "unknown")]
    public string? Gender { get; init; }

    [JsonConverter(typeof(FhirDateConverter))]
    public string? BirthDate { get; init; }

    public IReadOnlyList<Address>? Address { get; init; }

    public IReadOnlyList<Attachment>? Photo { get; init; }

    public Period? Period { get; init; }

    public IReadOnlyList<RelatedPersonCommunication>? Communication { get; init; }

    protected override string TypeName => "RelatedPerson";
}

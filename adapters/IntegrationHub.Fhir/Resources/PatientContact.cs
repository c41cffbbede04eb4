using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Patient.contact: a contact party (guardian, next of kin, ...).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PatientContact : BackboneElement
{
    public IReadOnlyList<CodeableConcept>? Relationship { get; init; }

    public HumanName? Name { get; init; }

    public IReadOnlyList<ContactPoint>? Telecom { get; init; }

    public Address? Address { get; init; }

    [RequiredBinding("male", "female", "other", "unknown")]
    public string? Gender { get; init; }

    public ResourceReference? Organization { get; init; }

    public Period? Period { get; init; }
}

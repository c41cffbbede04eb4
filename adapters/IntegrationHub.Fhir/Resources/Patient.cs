using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>An R4 Patient: the hub's account view of a person (<c>deceased[x]</c>, confidentiality in <c>meta.security</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Patient : DomainResource, IJsonOnDeserialized
{
    public IReadOnlyList<Identifier>? Identifier { get; init; }

    public bool? Active { get; init; }

    public IReadOnlyList<HumanName>? Name { get; init; }

    public IReadOnlyList<ContactPoint>? Telecom { get; init; }

    [RequiredBinding("male", "female", "other", "unknown")]
    public string? Gender { get; init; }

    [JsonConverter(typeof(FhirDateConverter))]
    public string? BirthDate { get; init; }

    public bool? DeceasedBoolean { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? DeceasedDateTime { get; init; }

    public IReadOnlyList<Address>? Address { get; init; }

    public CodeableConcept? MaritalStatus { get; init; }

    public bool? MultipleBirthBoolean { get; init; }

    public int? MultipleBirthInteger { get; init; }

    public IReadOnlyList<Attachment>? Photo { get; init; }

    public IReadOnlyList<PatientContact>? Contact { get; init; }

    public IReadOnlyList<PatientCommunication>? Communication { get; init; }

    public IReadOnlyList<ResourceReference>? GeneralPractitioner { get; init; }

    public ResourceReference? ManagingOrganization { get; init; }

    public IReadOnlyList<PatientLink>? Link { get; init; }

    protected override string TypeName => "Patient";

    void IJsonOnDeserialized.OnDeserialized()
    {
        ChoiceElements.EnsureAtMostOne("deceased[x]", DeceasedBoolean, DeceasedDateTime);
        ChoiceElements.EnsureAtMostOne("multipleBirth[x]", MultipleBirthBoolean, MultipleBirthInteger);
    }
}

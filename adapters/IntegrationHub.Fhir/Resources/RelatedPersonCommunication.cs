using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>RelatedPerson.communication: a language the related person speaks.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RelatedPersonCommunication : BackboneElement
{
    public required CodeableConcept Language { get; init; }

    public bool? Preferred { get; init; }
}

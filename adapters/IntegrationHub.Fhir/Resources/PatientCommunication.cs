using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Patient.communication: a language the patient speaks.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PatientCommunication : BackboneElement
{
    public required CodeableConcept Language { get; init; }

    public bool? Preferred { get; init; }
}

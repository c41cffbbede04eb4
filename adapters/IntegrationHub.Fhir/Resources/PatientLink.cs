using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Patient.link: another Patient or RelatedPerson resource about the same person.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record PatientLink : BackboneElement
{
    public required ResourceReference Other { get; init; }

    [RequiredBinding("replaced-by", "replaces", "refer", "seealso")]
    public required string Type { get; init; }
}

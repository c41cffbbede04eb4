using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Consent.verification: whether the consent was checked with the patient.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ConsentVerification : BackboneElement
{
    public required bool Verified { get; init; }

    public ResourceReference? VerifiedWith { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? VerificationDate { get; init; }
}

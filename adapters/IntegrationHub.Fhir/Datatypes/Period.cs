using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>An R4 <c>Period</c>; <c>start</c> and <c>end</c> are FHIR dateTime strings (see <see cref="FhirDates"/>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Period : Element
{
    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? Start { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? End { get; init; }
}

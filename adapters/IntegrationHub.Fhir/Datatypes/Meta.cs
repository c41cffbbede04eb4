using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>An R4 <c>Meta</c>; <c>security</c> carries v3-Confidentiality labels (R, V) on a protected person.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Meta : Element
{
    public string? VersionId { get; init; }

    [JsonConverter(typeof(FhirInstantConverter))]
    public string? LastUpdated { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<string>? Profile { get; init; }

    public IReadOnlyList<Coding>? Security { get; init; }

    public IReadOnlyList<Coding>? Tag { get; init; }
}

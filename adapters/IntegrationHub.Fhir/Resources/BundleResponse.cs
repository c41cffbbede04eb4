using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Bundle.entry.response: the outcome of a batch or transaction entry.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record BundleResponse : BackboneElement
{
    public required string Status { get; init; }

    public string? Location { get; init; }

    public string? Etag { get; init; }

    [JsonConverter(typeof(FhirInstantConverter))]
    public string? LastModified { get; init; }

    public Resource? Outcome { get; init; }
}

using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Bundle.entry.request: the request of a batch or transaction entry.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record BundleRequest : BackboneElement
{
    [RequiredBinding("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH")]
    public required string Method { get; init; }

    public required string Url { get; init; }

    public string? IfNoneMatch { get; init; }

    [JsonConverter(typeof(FhirInstantConverter))]
    public string? IfModifiedSince { get; init; }

    public string? IfMatch { get; init; }

    public string? IfNoneExist { get; init; }
}

using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Bundle.entry.search: <c>match</c>, <c>include</c> or <c>outcome</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record BundleSearch : BackboneElement
{
    [RequiredBinding("match", "include", "outcome")]
    public string? Mode { get; init; }

    public decimal? Score { get; init; }
}

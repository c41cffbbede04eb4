using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Bundle.entry: a resource of any type, its full URL and, in a searchset, why it is there.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record BundleEntry : BackboneElement
{
    public IReadOnlyList<BundleLink>? Link { get; init; }

    public string? FullUrl { get; init; }

    public Resource? Resource { get; init; }

    public BundleSearch? Search { get; init; }

    public BundleRequest? Request { get; init; }

    public BundleResponse? Response { get; init; }
}

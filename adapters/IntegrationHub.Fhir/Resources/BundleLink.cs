using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Bundle.link (and Bundle.entry.link): <c>self</c>, <c>next</c>, ...</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record BundleLink : BackboneElement
{
    public required string Relation { get; init; }

    public required string Url { get; init; }
}

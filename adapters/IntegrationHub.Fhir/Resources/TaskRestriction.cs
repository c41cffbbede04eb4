using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Task.restriction: limits on how the task is to be done.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TaskRestriction : BackboneElement
{
    public int? Repetitions { get; init; }

    public Period? Period { get; init; }

    public IReadOnlyList<ResourceReference>? Recipient { get; init; }
}

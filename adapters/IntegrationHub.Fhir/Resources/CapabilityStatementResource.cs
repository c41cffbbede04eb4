using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>CapabilityStatement.rest.resource: one resource type served, its interactions and search parameters.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CapabilityStatementResource : BackboneElement
{
    public required string Type { get; init; }

    public string? Profile { get; init; }

    public IReadOnlyList<string>? SupportedProfile { get; init; }

    public string? Documentation { get; init; }

    public IReadOnlyList<CapabilityStatementResourceInteraction>? Interaction { get; init; }

    [RequiredBinding("no-version", "versioned", "versioned-update")]
    public string? Versioning { get; init; }

    public bool? ReadHistory { get; init; }

    public bool? UpdateCreate { get; init; }

    public bool? ConditionalCreate { get; init; }

    [RequiredBinding("not-supported", "modified-since", "not-match", "full-support")]
    public string? ConditionalRead { get; init; }

    public bool? ConditionalUpdate { get; init; }

    [RequiredBinding("not-supported", "single", "multiple")]
    public string? ConditionalDelete { get; init; }

    [RequiredBinding("literal", "logical", "resolves", "enforced", "local")]
    public IReadOnlyList<string>? ReferencePolicy { get; init; }

    public IReadOnlyList<string>? SearchInclude { get; init; }

    public IReadOnlyList<string>? SearchRevInclude { get; init; }

    public IReadOnlyList<CapabilityStatementSearchParam>? SearchParam { get; init; }

    public IReadOnlyList<CapabilityStatementOperation>? Operation { get; init; }
}

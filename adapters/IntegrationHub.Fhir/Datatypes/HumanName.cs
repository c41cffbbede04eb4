using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>An R4 <c>HumanName</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record HumanName : Element
{
    [RequiredBinding("usual", "official", "temp", "nickname", "anonymous", "old", "maiden")]
    public string? Use { get; init; }

    public string? Text { get; init; }

    public string? Family { get; init; }

    public IReadOnlyList<string>? Given { get; init; }

    public IReadOnlyList<string>? Prefix { get; init; }

    public IReadOnlyList<string>? Suffix { get; init; }

    public Period? Period { get; init; }
}

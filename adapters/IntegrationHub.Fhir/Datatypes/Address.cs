using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>An R4 <c>Address</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Address : Element
{
    [RequiredBinding("home", "work", "temp", "old", "billing")]
    public string? Use { get; init; }

    [RequiredBinding("postal", "physical", "both")]
    public string? Type { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<string>? Line { get; init; }

    public string? City { get; init; }

    public string? District { get; init; }

    public string? State { get; init; }

    public string? PostalCode { get; init; }

    public string? Country { get; init; }

    public Period? Period { get; init; }
}

using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>An R4 <c>Coding</c>: a code from a code system.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Coding : Element
{
    public string? System { get; init; }

    public string? Version { get; init; }

    public string? Code { get; init; }

    public string? Display { get; init; }

    public bool? UserSelected { get; init; }
}

using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>An R4 <c>ContactDetail</c> (a publisher's contact).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ContactDetail : Element
{
    public string? Name { get; init; }

    public IReadOnlyList<ContactPoint>? Telecom { get; init; }
}

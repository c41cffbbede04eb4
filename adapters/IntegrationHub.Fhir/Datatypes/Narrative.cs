using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>An R4 <c>Narrative</c>: <c>div</c> is an XHTML div in the XHTML namespace.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Narrative : Element
{
    [RequiredBinding("generated", "extensions", "additional", "empty")]
    public required string Status { get; init; }

    public required string Div { get; init; }
}

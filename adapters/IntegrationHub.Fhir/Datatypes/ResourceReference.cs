using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>
/// An R4 <c>Reference</c> (named as in Hl7.Fhir, because a member cannot share its type's name): a literal
/// reference, a logical one by identifier, or both.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ResourceReference : Element
{
    public string? Reference { get; init; }

    public string? Type { get; init; }

    public Identifier? Identifier { get; init; }

    public string? Display { get; init; }
}

using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>An R4 <c>CodeableConcept</c>: codings and/or a text.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CodeableConcept : Element
{
    public IReadOnlyList<Coding>? Coding { get; init; }

    public string? Text { get; init; }

    /// <summary>A concept of one coding.</summary>
    public static CodeableConcept From(string system, string code, string? display = null) =>
        new() { Coding = [new Coding { System = system, Code = code, Display = display }] };

    /// <summary>Whether any coding has this system and code.</summary>
    public bool HasCoding(string system, string code) =>
        Coding?.Any(c => c.System == system && c.Code == code) == true;
}

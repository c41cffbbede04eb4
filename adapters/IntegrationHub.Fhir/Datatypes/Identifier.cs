using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Serialization;
using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Fhir.Datatypes;

/// <summary>An R4 <c>Identifier</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Identifier : Element
{
    [RequiredBinding("usual", "official", "temp", "secondary", "old")]
    public string? Use { get; init; }

    public CodeableConcept? Type { get; init; }

    public string? System { get; init; }

    public string? Value { get; init; }

    public Period? Period { get; init; }

    public ResourceReference? Assigner { get; init; }

    /// <summary>A personnummer (12 digits) in the system the hub writes.</summary>
    public static Identifier ForPersonnummer(string personnummer) =>
        new() { System = IdentifierSystems.Personnummer, Value = personnummer };

    /// <summary>A samordningsnummer (12 digits) in the system the hub writes.</summary>
    public static Identifier ForSamordningsnummer(string samordningsnummer) =>
        new() { System = IdentifierSystems.Samordningsnummer, Value = samordningsnummer };

    /// <summary>An HSA-id (a clinic, a staff member) in the system the hub writes.</summary>
    public static Identifier ForHsaId(string hsaId) => new() { System = IdentifierSystems.HsaId, Value = hsaId };
}

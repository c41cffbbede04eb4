using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>Identifiers of people and units in the systems the hub writes (<see cref="IdentifierSystems"/>).</summary>
public static class HubIdentifiers
{
    /// <summary>A personnummer (12 digits) in the system the hub writes.</summary>
    public static Identifier Personnummer(string personnummer) => new(IdentifierSystems.Personnummer, personnummer);

    /// <summary>A samordningsnummer (12 digits) in the system the hub writes.</summary>
    public static Identifier Samordningsnummer(string samordningsnummer) => new(IdentifierSystems.Samordningsnummer, samordningsnummer);

    /// <summary>An HSA-id (a clinic, a staff member) in the system the hub writes.</summary>
    public static Identifier HsaId(string hsaId) => new(IdentifierSystems.HsaId, hsaId);
}

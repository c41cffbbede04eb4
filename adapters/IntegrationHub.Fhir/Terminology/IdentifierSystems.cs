namespace IntegrationHub.Fhir.Terminology;

/// <summary>
/// The identifier systems of Swedish persons and HSA-ids. The hub writes personnummer and samordningsnummer with the
/// <c>http://electronichealth.se/identifier/...</c> systems and HSA-ids with the OID, and accepts either form of each.
/// </summary>
public static class IdentifierSystems
{
    public const string Personnummer = "http://electronichealth.se/identifier/personnummer";

    /// <summary>The OID form of <see cref="Personnummer"/>, accepted as an alias.</summary>
    public const string PersonnummerOid = "urn:oid:1.2.752.129.2.1.3.1";

    public const string Samordningsnummer = "http://electronichealth.se/identifier/samordningsnummer";

    /// <summary>The OID form of <see cref="Samordningsnummer"/>, accepted as an alias.</summary>
    public const string SamordningsnummerOid = "urn:oid:1.2.752.129.2.1.3.3";

    /// <summary>HSA-id (the national directory of health and social care staff and units), as the hub writes it.</summary>
    public const string HsaId = "urn:oid:1.2.752.29.4.19";

    /// <summary>The URL form of <see cref="HsaId"/>, accepted as an alias.</summary>
    public const string HsaIdUrl = "http://electronichealth.se/identifier/hsaid";

    public static bool IsPersonnummer(string? system) => system is Personnummer or PersonnummerOid;

    public static bool IsSamordningsnummer(string? system) => system is Samordningsnummer or SamordningsnummerOid;

    public static bool IsHsaId(string? system) => system is HsaId or HsaIdUrl;

    /// <summary>The form the hub writes for a known system or its alias; any other system unchanged.</summary>
    public static string? Canonical(string? system) => system switch
    {
        PersonnummerOid => Personnummer,
        SamordningsnummerOid => Samordningsnummer,
        HsaIdUrl => HsaId,
        _ => system,
    };
}

using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>
/// HL7 v3 Confidentiality, in Patient <c>meta.security</c>: R for sekretessmarkering, V for skyddad folkbokföring.
/// </summary>
public static class ConfidentialityCodes
{
    public const string System = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";

    public const string Normal = "N";

    /// <summary>Restricted: sekretessmarkering.</summary>
    public const string Restricted = "R";

    /// <summary>Very restricted: skyddad folkbokföring.</summary>
    public const string VeryRestricted = "V";

    public static Coding RestrictedCoding => new() { System = System, Code = Restricted, Display = "restricted" };

    public static Coding VeryRestrictedCoding => new() { System = System, Code = VeryRestricted, Display = "very restricted" };
}

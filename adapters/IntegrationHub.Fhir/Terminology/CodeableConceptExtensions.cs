using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Terminology;

public static class CodeableConceptExtensions
{
    /// <summary>Whether any coding of the concept has this system and code (false for no concept).</summary>
    public static bool HasCoding(this CodeableConcept? concept, string system, string code) =>
        concept?.Coding?.Any(c => c.System == system && c.Code == code) == true;
}

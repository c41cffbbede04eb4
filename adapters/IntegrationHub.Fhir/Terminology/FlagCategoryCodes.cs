using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>Flag categories; the hub's account lock is an <see cref="Admin"/> flag.</summary>
public static class FlagCategoryCodes
{
    public const string System = "http://terminology.hl7.org/CodeSystem/flag-category";

    public const string Admin = "admin";

    public static CodeableConcept AdminConcept => new(System, Admin, "Administrative", null);
}

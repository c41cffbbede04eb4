using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>Flag categories; the hub's account lock is an <see cref="Admin"/> flag.</summary>
public static class FlagCategoryCodes
{
    public const string System = "http://terminology.hl7.org/CodeSystem/flag-category";

    public const string Admin = "admin";

    public static CodeableConcept AdminConcept => CodeableConcept.From(System, Admin, "Administrative");
}

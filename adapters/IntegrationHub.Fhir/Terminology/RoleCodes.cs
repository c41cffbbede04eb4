using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>HL7 v3 RoleCode, in RelatedPerson.relationship: a guardian is both <see cref="Parent"/> and <see cref="Guardian"/>.</summary>
public static class RoleCodes
{
    public const string System = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

    public const string Parent = "PRN";

    public const string Guardian = "GUARD";

    public static CodeableConcept ParentConcept => new(System, Parent, "parent", null);

    public static CodeableConcept GuardianConcept => new(System, Guardian, "guardian", null);
}

using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>HL7 v3 RoleClass, in Consent.provision.actor.role: a guardian block has an actor of role <see cref="Guardian"/>.</summary>
public static class RoleClassCodes
{
    public const string System = "http://terminology.hl7.org/CodeSystem/v3-RoleClass";

    public const string Guardian = "GUARD";

    public static CodeableConcept GuardianConcept => CodeableConcept.From(System, Guardian, "guardian");
}

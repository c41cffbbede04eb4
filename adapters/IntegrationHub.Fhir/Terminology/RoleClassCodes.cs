using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Terminology;

/// <summary>
/// HL7 v3 RoleClass, in Consent.provision.actor.role: a guardian block has an actor of role <see cref="Guardian"/>;
/// a unit seal names each unit as a <see cref="ServiceDeliveryLocation"/> (as the hub writes it) or a
/// <see cref="HealthcareProvider"/>.
/// </summary>
public static class RoleClassCodes
{
    public const string System = "http://terminology.hl7.org/CodeSystem/v3-RoleClass";

    public const string Guardian = "GUARD";

    public const string ServiceDeliveryLocation = "SDLOC";

    public const string HealthcareProvider = "PROV";

    public static CodeableConcept GuardianConcept => new(System, Guardian, "guardian", null);

    public static CodeableConcept ServiceDeliveryLocationConcept => new(System, ServiceDeliveryLocation, "service delivery location", null);
}

using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Consent.provision.actor: who the rule applies to, in which role (a guardian: v3-RoleClass GUARD).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ConsentActor : BackboneElement
{
    public required CodeableConcept Role { get; init; }

    public required ResourceReference Reference { get; init; }
}

using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Terminology;
using IntegrationHub.Grains.Contracts.Proxies;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>A guardian's proxy relationship to a child (PX1–PX9): relationship PRN and GUARD, <c>period</c>, <c>active</c>.</summary>
internal static class FhirRelatedPersons
{
    public static RelatedPerson From(ProxyRelationshipView relationship, string id, string childPatientId) => new()
    {
        Id = id,
        Identifier = [HubIdentifiers.Personnummer(relationship.Guardian)],
        Active = relationship.Status == ProxyStatus.Active,
        Patient = FhirPatients.Reference(childPatientId, relationship.Child),
        Relationship = [RoleCodes.ParentConcept, RoleCodes.GuardianConcept],
        Period = new Period(new FhirDateTime(relationship.Since), relationship.EndedAt is { } ended ? new FhirDateTime(ended) : null),
    };
}

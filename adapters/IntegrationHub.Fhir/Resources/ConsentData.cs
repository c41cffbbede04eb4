using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Consent.provision.data: the resources the rule is about.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ConsentData : BackboneElement
{
    [RequiredBinding("instance", "related", "dependents", "authoredby")]
    public required string Meaning { get; init; }

    public required ResourceReference Reference { get; init; }
}

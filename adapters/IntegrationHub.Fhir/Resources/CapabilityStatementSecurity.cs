using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>CapabilityStatement.rest.security: CORS and the authorization services (e.g. SMART-on-FHIR, OAuth).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CapabilityStatementSecurity : BackboneElement
{
    public bool? Cors { get; init; }

    public IReadOnlyList<CodeableConcept>? Service { get; init; }

    public string? Description { get; init; }
}

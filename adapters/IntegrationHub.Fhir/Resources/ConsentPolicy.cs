using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Consent.policy: the policies the consent refers to.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ConsentPolicy : BackboneElement
{
    public string? Authority { get; init; }

    public string? Uri { get; init; }
}

using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>AuditEvent.entity.detail: a named value about the entity (exactly one of valueString, valueBase64Binary).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AuditEventDetail : BackboneElement, IJsonOnDeserialized
{
    public required string Type { get; init; }

    public string? ValueString { get; init; }

    public string? ValueBase64Binary { get; init; }

    void IJsonOnDeserialized.OnDeserialized() =>
        ChoiceElements.EnsureExactlyOne("value[x]", ValueString, ValueBase64Binary);
}

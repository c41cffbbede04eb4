using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Communication.payload: exactly one of <c>contentString</c>, <c>contentAttachment</c>, <c>contentReference</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CommunicationPayload : BackboneElement, IJsonOnDeserialized
{
    public string? ContentString { get; init; }

    public Attachment? ContentAttachment { get; init; }

    public ResourceReference? ContentReference { get; init; }

    void IJsonOnDeserialized.OnDeserialized() =>
        ChoiceElements.EnsureExactlyOne("content[x]", ContentString, ContentAttachment, ContentReference);
}

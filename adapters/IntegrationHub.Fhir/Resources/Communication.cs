using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>An R4 Communication: a regional service's message into a resident's inbox (<c>payload.contentString</c>).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Communication : DomainResource
{
    public IReadOnlyList<Identifier>? Identifier { get; init; }

    public IReadOnlyList<string>? InstantiatesCanonical { get; init; }

    public IReadOnlyList<string>? InstantiatesUri { get; init; }

    public IReadOnlyList<ResourceReference>? BasedOn { get; init; }

    public IReadOnlyList<ResourceReference>? PartOf { get; init; }

    public IReadOnlyList<ResourceReference>? InResponseTo { get; init; }

    public required string Status { get; init; }

    public CodeableConcept? StatusReason { get; init; }

    public IReadOnlyList<CodeableConcept>? Category { get; init; }

    public string? Priority { get; init; }

    public IReadOnlyList<CodeableConcept>? Medium { get; init; }

    public ResourceReference? Subject { get; init; }

    public CodeableConcept? Topic { get; init; }

    public IReadOnlyList<ResourceReference>? About { get; init; }

    public ResourceReference? Encounter { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? Sent { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? Received { get; init; }

    public IReadOnlyList<ResourceReference>? Recipient { get; init; }

    public ResourceReference? Sender { get; init; }

    public IReadOnlyList<CodeableConcept>? ReasonCode { get; init; }

    public IReadOnlyList<ResourceReference>? ReasonReference { get; init; }

    public IReadOnlyList<CommunicationPayload>? Payload { get; init; }

    public IReadOnlyList<Annotation>? Note { get; init; }

    protected override string TypeName => "Communication";
}

using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>
/// An R4 Task (<c>resourceType</c> "Task"): a case, with <c>businessStatus</c> the case state and <c>owner</c> the
/// clinic. Named FhirTask so that it never clashes with System.Threading.Tasks.Task. <c>input</c> and <c>output</c>
/// (whose <c>value[x]</c> has some fifty types) are not modelled, so a Task carrying them is refused.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record FhirTask : DomainResource
{
    public IReadOnlyList<Identifier>? Identifier { get; init; }

    public string? InstantiatesCanonical { get; init; }

    public string? InstantiatesUri { get; init; }

    public IReadOnlyList<ResourceReference>? BasedOn { get; init; }

    public Identifier? GroupIdentifier { get; init; }

    public IReadOnlyList<ResourceReference>? PartOf { get; init; }

    [RequiredBinding("draft", "requested", "received", "accepted", "rejected", "ready", "cancelled", "in-progress", "on-hold", "failed", "completed", "entered-in-error")]
    public required string Status { get; init; }

    public CodeableConcept? StatusReason { get; init; }

    public CodeableConcept? BusinessStatus { get; init; }

    [RequiredBinding("unknown", "proposal", "plan", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option")]
    public required string Intent { get; init; }

    public string? Priority { get; init; }

    public CodeableConcept? Code { get; init; }

    public string? Description { get; init; }

    public ResourceReference? Focus { get; init; }

    public ResourceReference? For { get; init; }

    public ResourceReference? Encounter { get; init; }

    public Period? ExecutionPeriod { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? AuthoredOn { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public string? LastModified { get; init; }

    public ResourceReference? Requester { get; init; }

    public IReadOnlyList<CodeableConcept>? PerformerType { get; init; }

    public ResourceReference? Owner { get; init; }

    public ResourceReference? Location { get; init; }

    public CodeableConcept? ReasonCode { get; init; }

    public ResourceReference? ReasonReference { get; init; }

    public IReadOnlyList<ResourceReference>? Insurance { get; init; }

    public IReadOnlyList<Annotation>? Note { get; init; }

    public IReadOnlyList<ResourceReference>? RelevantHistory { get; init; }

    public TaskRestriction? Restriction { get; init; }

    protected override string TypeName => "Task";
}

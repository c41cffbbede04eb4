using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Consent.provision: the rule (deny or permit), whom it concerns, and nested exceptions.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ConsentProvision : BackboneElement
{
    [RequiredBinding("deny", "permit")]
    public string? Type { get; init; }

    public Period? Period { get; init; }

    public IReadOnlyList<ConsentActor>? Actor { get; init; }

    public IReadOnlyList<CodeableConcept>? Action { get; init; }

    public IReadOnlyList<Coding>? SecurityLabel { get; init; }

    public IReadOnlyList<Coding>? Purpose { get; init; }

    public IReadOnlyList<Coding>? Class { get; init; }

    public IReadOnlyList<CodeableConcept>? Code { get; init; }

    public Period? DataPeriod { get; init; }

    public IReadOnlyList<ConsentData>? Data { get; init; }

    public IReadOnlyList<ConsentProvision>? Provision { get; init; }
}

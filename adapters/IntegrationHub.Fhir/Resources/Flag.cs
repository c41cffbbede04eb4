using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>An R4 Flag: the hub shows an account lock as an active Flag of category admin.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record Flag : DomainResource
{
    public IReadOnlyList<Identifier>? Identifier { get; init; }

    [RequiredBinding("active", "inactive", "entered-in-error")]
    public required string Status { get; init; }

    public IReadOnlyList<CodeableConcept>? Category { get; init; }

    public required CodeableConcept Code { get; init; }

    public required ResourceReference Subject { get; init; }

    public Period? Period { get; init; }

    public ResourceReference? Encounter { get; init; }

    public ResourceReference? Author { get; init; }

    protected override string TypeName => "Flag";
}

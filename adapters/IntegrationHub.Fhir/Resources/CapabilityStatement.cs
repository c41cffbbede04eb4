using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>
/// An R4 CapabilityStatement: what <c>GET metadata</c> answers (<c>fhirVersion</c> 4.0.1). <c>useContext</c>,
/// <c>messaging</c> and <c>document</c> are not modelled: the hub serves REST only.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CapabilityStatement : DomainResource
{
    public string? Url { get; init; }

    public string? Version { get; init; }

    public string? Name { get; init; }

    public string? Title { get; init; }

    [RequiredBinding("draft", "active", "retired", "unknown")]
    public required string Status { get; init; }

    public bool? Experimental { get; init; }

    [JsonConverter(typeof(FhirDateTimeConverter))]
    public required string Date { get; init; }

    public string? Publisher { get; init; }

    public IReadOnlyList<ContactDetail>? Contact { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<CodeableConcept>? Jurisdiction { get; init; }

    public string? Purpose { get; init; }

    public string? Copyright { get; init; }

    [RequiredBinding("instance", "capability", "requirements")]
    public required string Kind { get; init; }

    public IReadOnlyList<string>? Instantiates { get; init; }

    public IReadOnlyList<string>? Imports { get; init; }

    public CapabilityStatementSoftware? Software { get; init; }

    public CapabilityStatementImplementation? Implementation { get; init; }

    [RequiredBinding("0.01", "0.05", "0.06", "0.11", "0.0.80", "0.0.81", "0.0.82", "0.4.0", "0.5.0", "1.0.0", "1.0.1", "1.0.2", "1.1.0", "1.4.0", "1.6.0", "1.8.0", "3.0.0", "3.0.1", "3.3.0", "3.5.0", "4.0.0", "4.0.1")]
    public required string FhirVersion { get; init; }

    public required IReadOnlyList<string> Format { get; init; }

    public IReadOnlyList<string>? PatchFormat { get; init; }

    public IReadOnlyList<string>? ImplementationGuide { get; init; }

    public IReadOnlyList<CapabilityStatementRest>? Rest { get; init; }

    protected override string TypeName => "CapabilityStatement";
}

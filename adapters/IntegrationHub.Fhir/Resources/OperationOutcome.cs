using System.Text.Json.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>An R4 OperationOutcome: the body of every FHIR error. Build one with <see cref="OperationOutcomes"/>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OperationOutcome : DomainResource
{
    public required IReadOnlyList<OperationOutcomeIssue> Issue { get; init; }

    protected override string TypeName => "OperationOutcome";
}

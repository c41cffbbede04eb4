using System.Text.Json.Serialization;
using IntegrationHub.Fhir.Datatypes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Resources;

/// <summary>OperationOutcome.issue: one error, warning or piece of information.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record OperationOutcomeIssue : BackboneElement
{
    [RequiredBinding("fatal", "error", "warning", "information")]
    public required string Severity { get; init; }

    [RequiredBinding("invalid", "structure", "required", "value", "invariant", "security", "login", "unknown", "expired", "forbidden", "suppressed", "processing", "not-supported", "duplicate", "multiple-matches", "not-found", "deleted", "too-long", "code-invalid", "extension", "too-costly", "business-rule", "conflict", "transient", "lock-error", "no-store", "exception", "timeout", "incomplete", "throttled", "informational")]
    public required string Code { get; init; }

    public CodeableConcept? Details { get; init; }

    public string? Diagnostics { get; init; }

    public IReadOnlyList<string>? Location { get; init; }

    public IReadOnlyList<string>? Expression { get; init; }
}

using IntegrationHub.Fhir.Resources;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>
/// Why a body was refused, fit for one OperationOutcome issue of severity error. <see cref="Code"/> is an IssueType
/// code: <c>structure</c> for JSON that is malformed or has an unknown or repeated element, <c>invalid</c> for a wrong
/// or missing resourceType, a missing required element, a badly formed value or a code outside its required binding.
/// <see cref="Expression"/> is the element concerned as a simple FHIRPath, e.g. <c>Patient.name[0].nickname</c>.
/// </summary>
public sealed record FhirParseError(string Code, string Diagnostics, string? Expression)
{
    /// <summary>The OperationOutcome to answer with (HTTP 400).</summary>
    public OperationOutcome ToOperationOutcome() => OperationOutcomes.Error(Code, Diagnostics, Expression);

    public override string ToString() => Expression is null ? $"{Code}: {Diagnostics}" : $"{Code}: {Diagnostics} at {Expression}";
}

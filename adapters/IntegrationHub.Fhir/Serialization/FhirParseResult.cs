using System.Diagnostics.CodeAnalysis;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Outcomes;

namespace IntegrationHub.Fhir.Serialization;

/// <summary>
/// A resource read from FHIR JSON and the issues found while reading it. <see cref="Resource"/> is what could be read
/// even when there are issues (null when the body is no JSON object): fit for more checks, never to act on unless
/// <see cref="IsSuccess"/>.
/// </summary>
public sealed record FhirParseResult(Resource? Resource, IReadOnlyList<OperationOutcome.IssueComponent> Issues)
{
    [MemberNotNullWhen(true, nameof(Resource))]
    public bool IsSuccess => Resource is not null && !Issues.Any(OperationOutcomes.IsError);

    /// <summary>The resource as a <typeparamref name="T"/>.</summary>
    /// <exception cref="FhirParseException">It has issues, or is of another type.</exception>
    public T Require<T>()
        where T : Resource
    {
        if (!IsSuccess)
        {
            throw new FhirParseException(OperationOutcomes.Of(Issues));
        }

        return Resource as T ?? throw new FhirParseException(OperationOutcomes.Error(
            OperationOutcome.IssueType.Invalid, $"Expected resourceType '{ModelInfo.GetFhirTypeNameForType(typeof(T))}' but the body has '{Resource.TypeName}'."));
    }
}

using System.Diagnostics.CodeAnalysis;
using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Outcomes;

namespace IntegrationHub.Fhir.Validation;

/// <summary>
/// A resource a client sent, after <see cref="FhirResourceValidator.ReadIncoming{T}"/>: accepted (possibly with
/// warnings), or refused with an OperationOutcome that lists every issue.
/// </summary>
public sealed record FhirIntake<T>
    where T : Resource
{
    private FhirIntake(T? resource, IReadOnlyList<OperationOutcome.IssueComponent> issues)
    {
        Resource = resource;
        Issues = issues;
    }

    /// <summary>The resource, when it was accepted.</summary>
    public T? Resource { get; }

    public IReadOnlyList<OperationOutcome.IssueComponent> Issues { get; }

    [MemberNotNullWhen(true, nameof(Resource))]
    public bool IsAccepted => Resource is not null;

    /// <summary>The answer to a refusal (HTTP 400): one issue per problem.</summary>
    public OperationOutcome ToOperationOutcome() => OperationOutcomes.Of(Issues);

    internal static FhirIntake<T> Accepted(T resource, IReadOnlyList<OperationOutcome.IssueComponent> warnings) => new(resource, warnings);

    internal static FhirIntake<T> Refused(IReadOnlyList<OperationOutcome.IssueComponent> issues) => new(null, issues);
}

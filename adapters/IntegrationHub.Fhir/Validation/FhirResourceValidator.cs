using Firely.Fhir.Validation;
using Firely.Fhir.Validation.Compilation;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using IntegrationHub.Fhir.Outcomes;
using IntegrationHub.Fhir.Serialization;

namespace IntegrationHub.Fhir.Validation;

/// <summary>
/// Firely's validator against the R4 core profiles, offline from the specification package
/// (<c>specification.zip</c> of Hl7.Fhir.Specification.Data.R4 beside the application), and the one step every
/// incoming resource goes through (<see cref="ReadIncoming{T}"/>). Compiling the profiles takes seconds on the first
/// use of each resource type and a millisecond after that, so a process keeps one (<see cref="Shared"/>) and warms it at
/// start (<see cref="WarmUp"/>). Thread-safe: Firely's validator is not, so calls take turns.
/// <para>A resource the hub writes is checked as its clients read it: as JSON (<see cref="ValidateJson"/>), typed by the
/// R4 definitions. The SDK's classes are shared between FHIR versions and type a few elements the R5 way
/// (<c>Bundle.link.relation</c> is a code there, a string in R4), which the R4 profile rightly refuses in a POCO.</para>
/// </summary>
public sealed class FhirResourceValidator
{
    private static readonly Lazy<FhirResourceValidator> SharedInstance = new(() => new FhirResourceValidator(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lock _gate = new();
    private readonly Validator _validator;
    private readonly StructureDefinitionSummaryProvider _definitions;

    /// <param name="specificationZip">The R4 <c>specification.zip</c>; by default the one copied beside the application.</param>
    public FhirResourceValidator(string? specificationZip = null)
    {
        var source = ZipSource.CreateValidationSource(specificationZip ?? Path.Combine(AppContext.BaseDirectory, ZipSource.SpecificationZipFileName));
        var resolver = new CachedResolver(new StructureDefinitionCorrectionsResolver(source));
        _validator = new Validator(resolver, new LocalTerminologyService(resolver));
        _definitions = new StructureDefinitionSummaryProvider(resolver);
    }

    /// <summary>The process's validator: every host, endpoint and test in one process shares its compiled profiles.</summary>
    public static FhirResourceValidator Shared => SharedInstance.Value;

    /// <summary>Compiles the profiles of the resources the hub takes in, so that no request waits for it.</summary>
    public void WarmUp()
    {
        Validate(new Consent { Status = Consent.ConsentState.Active });
        Validate(new Communication { Status = EventStatus.Completed });
    }

    /// <summary>
    /// The resource checked against its R4 core profile (structure, cardinality, value formats, required bindings,
    /// invariants such as Consent's ppc-1): its errors and warnings, none when it conforms.
    /// </summary>
    public IReadOnlyList<OperationOutcome.IssueComponent> Validate(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var root = FhirJson.RootName(resource);
        OperationOutcome outcome;
        try
        {
            lock (_gate)
            {
                outcome = _validator.Validate(resource);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A resource the reader could only partly build (a null in an array) can trip the validator (a
            // NullReferenceException, among others); the reader's own issues then say what is wrong, and this one that the
            // profile could not be checked. A client's body is never a server error.
            return [OperationOutcomes.ErrorIssue(OperationOutcome.IssueType.Processing, $"The {root} could not be checked against its R4 profile.", root)];
        }

        return [.. outcome.Issue.Where(i => i.Severity != OperationOutcome.IssueSeverity.Information).Select(Tidy)];
    }

    /// <summary>
    /// FHIR JSON as a client reads it, checked against the R4 core profile of its resourceType: its errors and warnings,
    /// none when it conforms. JSON that cannot be typed by the R4 definitions at all is one error.
    /// </summary>
    public IReadOnlyList<OperationOutcome.IssueComponent> ValidateJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        OperationOutcome outcome;
        try
        {
            lock (_gate)
            {
                outcome = _validator.Validate(ElementNode.FromElement(FhirJsonNode.Parse(json).ToTypedElement(_definitions)));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // StructuralTypeException for a literal of the wrong type, JsonException, FormatException and others.
            return [OperationOutcomes.ErrorIssue(OperationOutcome.IssueType.Structure, "Not R4 FHIR JSON: " + e.Message)];
        }

        return [.. outcome.Issue.Where(i => i.Severity != OperationOutcome.IssueSeverity.Information).Select(Tidy)];
    }

    /// <summary>
    /// The one step for every resource a client sends: read strictly (<see cref="FhirJson.Parse(ReadOnlySpan{byte})"/>),
    /// check it against its R4 core profile, then against the hub's own <paramref name="hubRules"/>; every issue of the
    /// three, each once (a later step's issue about an element an earlier step already faulted is left out).
    /// Accepted only when there is no error.
    /// </summary>
    public FhirIntake<T> ReadIncoming<T>(ReadOnlySpan<byte> utf8Json, Func<T, IEnumerable<OperationOutcome.IssueComponent>>? hubRules = null)
        where T : Resource
    {
        var parsed = FhirJson.Parse(utf8Json);
        if (parsed.Resource is not T resource)
        {
            var expected = ModelInfo.GetFhirTypeNameForType(typeof(T)) ?? typeof(T).Name;
            return parsed.Resource is { } other && ModelInfo.IsKnownResource(other.TypeName)
                ? FhirIntake<T>.Refused([OperationOutcomes.ErrorIssue(
                    OperationOutcome.IssueType.Invalid, $"Expected resourceType '{expected}' but the body has '{other.TypeName}'.", $"{other.TypeName}.resourceType")])
                : FhirIntake<T>.Refused(parsed.Issues);
        }

        var issues = new List<OperationOutcome.IssueComponent>(parsed.Issues);
        IssueCoverage.AddUncovered(issues, Validate(resource));
        if (hubRules is not null)
        {
            try
            {
                IssueCoverage.AddUncovered(issues, [.. hubRules(resource)]);
            }
            catch (Exception e) when (e is NullReferenceException or InvalidCastException or Hl7.Fhir.Validation.CodedValidationException && issues.Any(OperationOutcomes.IsError))
            {
                // The rules read the resource as far as it could be read; one the reader faulted (a null in an array, one
                // value where a list belongs) can trip them, and is refused for the reader's issues all the same.
            }
        }

        return issues.Any(OperationOutcomes.IsError) ? FhirIntake<T>.Refused(issues) : FhirIntake<T>.Accepted(resource, issues);
    }

    // Firely puts its message in details.text and a trace of element definitions in diagnostics: the client needs the message.
    private static OperationOutcome.IssueComponent Tidy(OperationOutcome.IssueComponent issue) =>
        OperationOutcomes.Issue(
            issue.Severity ?? OperationOutcome.IssueSeverity.Error,
            issue.Code ?? OperationOutcome.IssueType.Invalid,
            issue.Details?.Text ?? issue.Diagnostics ?? "The resource does not conform to its R4 profile.",
            issue.Expression?.FirstOrDefault());
}

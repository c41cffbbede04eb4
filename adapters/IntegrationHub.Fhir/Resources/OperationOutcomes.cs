using IntegrationHub.Fhir.Terminology;

namespace IntegrationHub.Fhir.Resources;

/// <summary>Builds the OperationOutcomes the hub answers with.</summary>
public static class OperationOutcomes
{
    /// <summary>One issue of severity error, e.g. <c>Error(IssueTypeCodes.Structure, "Unknown element 'x'")</c>.</summary>
    /// <param name="code">An IssueType code (<see cref="IssueTypeCodes"/>).</param>
    /// <param name="diagnostics">What went wrong, in words for the client's developer; never personal data.</param>
    /// <param name="expression">The element concerned, as a FHIRPath, if any.</param>
    public static OperationOutcome Error(string code, string diagnostics, string? expression = null) =>
        Issue(IssueSeverityCodes.Error, code, diagnostics, expression);

    /// <summary>One issue of the given severity (<see cref="IssueSeverityCodes"/>).</summary>
    public static OperationOutcome Issue(string severity, string code, string diagnostics, string? expression = null) =>
        new()
        {
            Issue =
            [
                new OperationOutcomeIssue
                {
                    Severity = severity,
                    Code = code,
                    Diagnostics = diagnostics,
                    Expression = expression is null ? null : [expression],
                },
            ],
        };

    /// <summary>The outcome of a request that succeeded with nothing else to say (severity information).</summary>
    public static OperationOutcome AllOk(string diagnostics = "All OK") =>
        Issue(IssueSeverityCodes.Information, IssueTypeCodes.Informational, diagnostics);
}

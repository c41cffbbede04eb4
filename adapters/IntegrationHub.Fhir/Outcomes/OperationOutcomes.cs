using Hl7.Fhir.Model;

namespace IntegrationHub.Fhir.Outcomes;

/// <summary>The OperationOutcomes and issues the hub answers with.</summary>
public static class OperationOutcomes
{
    /// <summary>One issue of severity error, e.g. <c>Error(IssueType.Structure, "Unknown element 'x'", "Patient.x")</c>.</summary>
    /// <param name="code">What kind of problem it is.</param>
    /// <param name="diagnostics">What went wrong, in words for the client's developer; never personal data.</param>
    /// <param name="expression">The element concerned, as a FHIRPath, if any.</param>
    public static OperationOutcome Error(OperationOutcome.IssueType code, string diagnostics, string? expression = null) =>
        Of([Issue(OperationOutcome.IssueSeverity.Error, code, diagnostics, expression)]);

    /// <summary>An OperationOutcome listing these issues, in order.</summary>
    public static OperationOutcome Of(IEnumerable<OperationOutcome.IssueComponent> issues) => new() { Issue = [.. issues] };

    /// <summary>One issue: its severity, code, the element concerned (a FHIRPath, if any) and what went wrong.</summary>
    public static OperationOutcome.IssueComponent Issue(
        OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType code, string diagnostics, string? expression = null)
    {
        var issue = new OperationOutcome.IssueComponent { Severity = severity, Code = code, Diagnostics = diagnostics };
        if (expression is not null)
        {
            issue.Expression = [expression];
        }

        return issue;
    }

    /// <summary>An issue of severity error.</summary>
    public static OperationOutcome.IssueComponent ErrorIssue(OperationOutcome.IssueType code, string diagnostics, string? expression = null) =>
        Issue(OperationOutcome.IssueSeverity.Error, code, diagnostics, expression);

    /// <summary>Whether an issue stops the resource from being acted on (severity error or fatal).</summary>
    public static bool IsError(OperationOutcome.IssueComponent issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal;
    }
}

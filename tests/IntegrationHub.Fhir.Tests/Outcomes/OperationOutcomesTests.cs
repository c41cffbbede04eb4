using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Outcomes;

namespace IntegrationHub.Fhir.Tests.Outcomes;

public sealed class OperationOutcomesTests
{
    [Fact]
    public void Error_CodeDiagnosticsAndExpression_IsOneErrorIssue()
    {
        var outcome = OperationOutcomes.Error(OperationOutcome.IssueType.Structure, "Found unknown element 'x'.", "Patient.x");

        var issue = Assert.Single(outcome.Issue);
        Assert.Equal(OperationOutcome.IssueSeverity.Error, issue.Severity);
        Assert.Equal(OperationOutcome.IssueType.Structure, issue.Code);
        Assert.Equal("Found unknown element 'x'.", issue.Diagnostics);
        Assert.Equal("Patient.x", Assert.Single(issue.Expression));
    }

    [Fact]
    public void Error_WithoutExpression_HasNone() =>
        Assert.Empty(Assert.Single(OperationOutcomes.Error(OperationOutcome.IssueType.NotFound, "No Task with that id.").Issue).Expression);

    [Fact]
    public void Of_Issues_KeepsTheirOrder()
    {
        var outcome = OperationOutcomes.Of(
        [
            OperationOutcomes.ErrorIssue(OperationOutcome.IssueType.Required, "a", "Consent.identifier"),
            OperationOutcomes.Issue(OperationOutcome.IssueSeverity.Warning, OperationOutcome.IssueType.BusinessRule, "b"),
        ]);

        Assert.Equal(["a", "b"], outcome.Issue.Select(i => i.Diagnostics));
    }

    [Theory]
    [InlineData(OperationOutcome.IssueSeverity.Fatal, true)]
    [InlineData(OperationOutcome.IssueSeverity.Error, true)]
    [InlineData(OperationOutcome.IssueSeverity.Warning, false)]
    [InlineData(OperationOutcome.IssueSeverity.Information, false)]
    public void IsError_Severity_OnlyErrorAndFatalStopTheResource(OperationOutcome.IssueSeverity severity, bool stops) =>
        Assert.Equal(stops, OperationOutcomes.IsError(OperationOutcomes.Issue(severity, OperationOutcome.IssueType.Invalid, "x")));
}

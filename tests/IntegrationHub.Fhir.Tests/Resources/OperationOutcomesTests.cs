using IntegrationHub.Fhir.Resources;
using IntegrationHub.Fhir.Tests.Examples;

namespace IntegrationHub.Fhir.Tests.Resources;

public sealed class OperationOutcomesTests
{
    [Fact]
    public void Error_CodeDiagnosticsAndExpression_IsOneErrorIssue()
    {
        var outcome = FhirExamples.OperationOutcomeAccountLocked();

        var issue = Assert.Single(outcome.Issue);
        Assert.Equal(("error", "business-rule"), (issue.Severity, issue.Code));
        Assert.Equal("The recipient's account is locked or inactive", issue.Diagnostics);
        Assert.Equal(["Communication.recipient[0]"], issue.Expression);
    }

    [Fact]
    public void Error_WithoutExpression_HasNone()
    {
        var issue = Assert.Single(((OperationOutcome)FhirExamples.Build("OperationOutcomeNotFound")).Issue);

        Assert.Equal(("error", "not-found", "No Task with that id"), (issue.Severity, issue.Code, issue.Diagnostics));
        Assert.Null(issue.Expression);
    }

    [Fact]
    public void AllOk_Default_IsInformational()
    {
        var issue = Assert.Single(((OperationOutcome)FhirExamples.Build("OperationOutcomeAllOk")).Issue);

        Assert.Equal(("information", "informational"), (issue.Severity, issue.Code));
    }
}

using Hl7.Fhir.Model;
using IntegrationHub.Fhir.Outcomes;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>The answers of <c>/fhir/r4</c>: resources, and OperationOutcomes for every refusal (API.md).</summary>
internal static class FhirResults
{
    public static IResult Ok(Resource resource) => new FhirResult(resource, StatusCodes.Status200OK);

    public static IResult Created(Resource resource, string location) => new FhirResult(resource, StatusCodes.Status201Created, location);

    public static IResult Outcome(int statusCode, OperationOutcome.IssueType issueType, string diagnostics, string? expression = null) =>
        new FhirResult(OperationOutcomes.Error(issueType, diagnostics, expression), statusCode);

    public static IResult Outcome(int statusCode, OperationOutcome outcome) => new FhirResult(outcome, statusCode);

    public static IResult BadRequest(string diagnostics, string? expression = null) =>
        Outcome(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid, diagnostics, expression);

    public static IResult NotFound(string resourceType) =>
        Outcome(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound, $"No {resourceType} with that id.");

    public static IResult Unauthorized(string diagnostics) =>
        new FhirResult(OperationOutcomes.Error(OperationOutcome.IssueType.Login, diagnostics), StatusCodes.Status401Unauthorized, challenge: "Bearer error=\"invalid_token\"");

    public static IResult Forbidden(string diagnostics) =>
        Outcome(StatusCodes.Status403Forbidden, OperationOutcome.IssueType.Forbidden, diagnostics);

    public static IResult Unavailable(string diagnostics) =>
        Outcome(StatusCodes.Status503ServiceUnavailable, OperationOutcome.IssueType.Transient, diagnostics);
}

using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace IntegrationHub.Gateway.Fhir;

/// <summary>
/// Under <c>/fhir</c>, every problem the gateway's shared error handling writes (a refused body, an exception, a status
/// code page) is an OperationOutcome, not problem+json (API.md). Registered before the gateway's own problem writer.
/// </summary>
internal sealed class FhirProblemDetailsWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) =>
        context.HttpContext.Request.Path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        var diagnostics = context.ProblemDetails.Detail ?? context.ProblemDetails.Title ?? ReasonPhrases.GetReasonPhrase(status);
        return new ValueTask(FhirResults.Outcome(status, IssueTypeOf(status), diagnostics).ExecuteAsync(context.HttpContext));
    }

    private static OperationOutcome.IssueType IssueTypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => OperationOutcome.IssueType.Invalid,
        StatusCodes.Status401Unauthorized => OperationOutcome.IssueType.Login,
        StatusCodes.Status403Forbidden => OperationOutcome.IssueType.Forbidden,
        StatusCodes.Status404NotFound => OperationOutcome.IssueType.NotFound,
        StatusCodes.Status413PayloadTooLarge => OperationOutcome.IssueType.TooLong,
        StatusCodes.Status429TooManyRequests => OperationOutcome.IssueType.Throttled,
        StatusCodes.Status503ServiceUnavailable => OperationOutcome.IssueType.Transient,
        >= 400 and < 500 => OperationOutcome.IssueType.NotSupported,
        _ => OperationOutcome.IssueType.Exception,
    };
}

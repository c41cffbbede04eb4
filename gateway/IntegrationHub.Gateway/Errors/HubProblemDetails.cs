using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Gateway.Errors;

/// <summary>
/// Writes a refusal through the application's <see cref="IProblemDetailsService"/> (problem+json with <c>code</c>; an
/// OperationOutcome under <c>/fhir</c>), for middleware that refuses before any endpoint runs.
/// </summary>
public static class HubProblemDetails
{
    /// <summary>Writes the refusal unless the response has already started.</summary>
    /// <param name="context">The request being refused.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="code">The machine-readable code (API.md).</param>
    /// <param name="detail">What was wrong; never personal data or the text the client sent.</param>
    public static async Task WriteAsync(HttpContext context, int status, string code, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Response.HasStarted)
        {
            return;
        }

        var problems = context.RequestServices.GetService<IProblemDetailsService>();
        if (problems is null)
        {
            await HubProblem.WriteAsync(context, status, detail, code, context.RequestAborted);
            return;
        }

        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Detail = detail, Extensions = { [ProblemCodeCustomizer.CodeMember] = code } },
        });
    }
}

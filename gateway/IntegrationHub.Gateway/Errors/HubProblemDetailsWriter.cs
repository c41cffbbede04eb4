using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.Errors;

/// <summary>
/// Writes every problem as <c>application/problem+json</c>, whatever the client's <c>Accept</c> (API.md: errors are
/// problem+json), after <see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>. Registered after any writer that
/// claims a path of its own (the FHIR API's OperationOutcome writer) and before ASP.NET Core's default writer, which
/// would decline a client that accepts only HTML.
/// </summary>
internal sealed class HubProblemDetailsWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        problem.Status ??= response.StatusCode;
        problem.Type ??= "about:blank";
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(response.WriteAsJsonAsync(
            problem, problem.GetType(), jsonOptions.Value.SerializerOptions, HubProblem.ContentType, context.HttpContext.RequestAborted));
    }
}

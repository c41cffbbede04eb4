using System.Text.Json;
using IntegrationHub.Gateway.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace IntegrationHub.Gateway.Errors;

/// <summary>
/// The exceptions that are the client's doing, answered as refusals instead of 500s: Kestrel's and model binding's
/// <see cref="BadHttpRequestException"/> (malformed JSON, a wrong media type, a body over the limit, a broken chunked
/// encoding) with its own status, and form or multipart limits (<see cref="InvalidDataException"/>), a form or multipart
/// body cut short and unreadable JSON read by hand (<see cref="JsonException"/>) with 400. Handled here, they are not
/// logged as errors. Anything else is the hub's fault and stays a logged 500.
/// </summary>
internal sealed class ClientErrorExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>
    /// The assembly of ASP.NET Core's form and multipart readers: its <see cref="IOException"/> ("unexpected end of
    /// stream") is a body that ended before its closing boundary, never the hub's own I/O.
    /// </summary>
    private static readonly string? FormAndMultipartReader = typeof(Microsoft.AspNetCore.WebUtilities.MultipartReader).Assembly.GetName().Name;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        int? status = exception switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            InvalidDataException or JsonException => StatusCodes.Status400BadRequest,
            IOException when exception.Source == FormAndMultipartReader => StatusCodes.Status400BadRequest,
            _ => null,
        };
        if (status is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = status.Value;
        var problem = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = DetailOf(exception) },
        };
        if (IsMissingJsonBody(httpContext, exception))
        {
            problem.ProblemDetails.Detail = "A JSON body is required.";
            problem.ProblemDetails.Extensions[ProblemCodeCustomizer.CodeMember] = ProblemCodes.InvalidJson;
        }

        return await problems.TryWriteAsync(problem);
    }

    /// <summary>Model binding's "no body was provided" for an endpoint that reads a JSON body: the JSON is missing.</summary>
    private static bool IsMissingJsonBody(HttpContext httpContext, Exception exception) =>
        exception is BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest, InnerException: null }
        && httpContext.Request.ContentLength is null or 0
        && httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts
        && accepts.ContentTypes.Any(t => t.Contains("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// What was wrong, from the framework's own message and, for JSON, where; never the reader's message, which quotes
    /// the character it stumbled on.
    /// </summary>
    private static string DetailOf(Exception exception)
    {
        var json = exception as JsonException ?? exception.InnerException as JsonException;
        var what = json switch
        {
            UnfitTextException unfit => unfit.Message,
            not null when exception is JsonException => "The body could not be read as JSON.",
            _ when exception is IOException and not BadHttpRequestException => "The body ended before its closing multipart boundary.",
            _ => exception.Message,
        };
        return json?.Path is { Length: > 0 } path ? $"{what} ({path})" : what;
    }
}

using System.Text.Json;
using IntegrationHub.Gateway.Text;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Errors;

/// <summary>
/// The gateway's <see cref="Microsoft.AspNetCore.Http.ProblemDetailsOptions.CustomizeProblemDetails"/>: every refusal
/// gets a <c>code</c> (its own, or one from its status or its exception) and <c>Cache-Control: no-store</c>.
/// </summary>
internal static class ProblemCodeCustomizer
{
    public const string CodeMember = "code";

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (!problem.Extensions.ContainsKey(CodeMember))
        {
            problem.Extensions[CodeMember] = CodeOf(status, context.Exception);
        }

        context.HttpContext.Response.Headers.CacheControl = "no-store";
    }

    /// <summary>A body that could not be read as JSON is <c>invalid_json</c>; text with a control character <c>invalid_request</c>.</summary>
    private static string CodeOf(int status, Exception? exception)
    {
        var json = exception as JsonException ?? exception?.InnerException as JsonException;
        return status == StatusCodes.Status400BadRequest && json is not null
            ? json is UnfitTextException ? ProblemCodes.InvalidRequest : ProblemCodes.InvalidJson
            : ProblemCodes.ForStatus(status);
    }
}

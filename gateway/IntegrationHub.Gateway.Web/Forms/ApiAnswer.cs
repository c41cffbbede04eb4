using IntegrationHub.Gateway.Api.Cases;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace IntegrationHub.Gateway.Web.Forms;

/// <summary>
/// A page calls the same endpoint helper as the JSON API and reads its answer here: the value of a 2xx, or the problem's
/// code and failing fields, which the page then shows in words beside what they concern.
/// </summary>
internal static class ApiAnswer
{
    public static bool Succeeded(IResult result) => result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 };

    public static T? Value<T>(IResult result)
        where T : class => (result as IValueHttpResult<T>)?.Value;

    public static ProblemDetails? Problem(IResult result) => (result as ProblemHttpResult)?.ProblemDetails;

    /// <summary>API.md's code of a refusal; null for a success.</summary>
    public static string? Code(IResult result) =>
        Problem(result) is { } problem ? problem.Extensions.TryGetValue("code", out var code) ? code?.ToString() : "error" : null;

    /// <summary>A refusal that concerns the files (type, size, count, not allowed), in words for beside the file input; else null.</summary>
    public static string? FileRefusal(IResult result) =>
        Code(result) is "file_type_not_allowed" or "file_too_large" or "too_many_files" or "attachments_not_allowed" ? Words.Refusal(Code(result)) : null;

    /// <summary>The failing fields of a 400 <c>invalid_form</c>.</summary>
    public static IReadOnlyList<FieldProblem> Errors(IResult result) =>
        Problem(result) is { } problem && problem.Extensions.TryGetValue("errors", out var errors) && errors is FieldProblem[] list ? list : [];
}

using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Api;

/// <summary>RFC 9457 problem details with the machine-readable <c>code</c> member API.md binds.</summary>
internal static class ApiProblem
{
    public static IResult Of(int status, string code, string title) =>
        Results.Problem(statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static IResult BadRequest(string code, string title) => Of(StatusCodes.Status400BadRequest, code, title);

    public static IResult Forbidden(string code, string title) => Of(StatusCodes.Status403Forbidden, code, title);

    public static IResult NotFound() => Of(StatusCodes.Status404NotFound, "not_found", "Not found.");

    public static IResult Unauthenticated() => Of(StatusCodes.Status401Unauthorized, "unauthenticated", "No live session: log in again.");
}

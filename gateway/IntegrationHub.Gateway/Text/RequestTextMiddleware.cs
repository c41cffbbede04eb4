using IntegrationHub.Gateway.Errors;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Text;

/// <summary>
/// Refuses a request whose decoded path or query string holds a control character or an unpaired surrogate, with 400
/// <c>invalid_request</c>, before any endpoint reads a route value or a query parameter (Kestrel itself refuses a NUL
/// in the path). Bodies are checked where they are read (<see cref="TextJsonConverter"/>, <see cref="JsonText"/>).
/// </summary>
internal sealed class RequestTextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        return IsFit(request) ? next(context) : RefuseAsync(context);
    }

    private static bool IsFit(HttpRequest request)
    {
        if (!RequestText.IsFit(request.Path.Value, multiline: false))
        {
            return false;
        }

        if (!request.QueryString.HasValue)
        {
            return true;
        }

        foreach (var (key, values) in request.Query)
        {
            if (!RequestText.IsFit(key, multiline: false))
            {
                return false;
            }

            foreach (var value in values)
            {
                if (!RequestText.IsFit(value, multiline: false))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static Task RefuseAsync(HttpContext context) =>
        HubProblemDetails.WriteAsync(
            context, StatusCodes.Status400BadRequest, ProblemCodes.InvalidRequest, "The path or the query string holds a control character or an unpaired surrogate.");
}

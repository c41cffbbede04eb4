using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;

namespace IntegrationHub.ServiceDefaults.Transport;

/// <summary>
/// SEC4 at the door: a request that came over plain HTTP from an address outside loopback is refused (403
/// <c>https_required</c>) or redirected to HTTPS, as <see cref="HubHttpsOptions.PlainHttp"/> says, before anything reads
/// it. Forwarded headers are not trusted: a TLS-terminating proxy in front would be a hop in clear, so the hub serves
/// HTTPS itself.
/// </summary>
internal sealed class PlainHttpMiddleware(RequestDelegate next, IOptions<HubHttpsOptions> options)
{
    public const string Code = "https_required";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps || Loopback.IsFrom(context))
        {
            return next(context);
        }

        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (options.Value.PlainHttp == PlainHttpPolicy.Redirect)
        {
            var request = context.Request;
            var port = options.Value.RedirectPort is { } p && p != 443 ? p : (int?)null;
            var host = port is { } given ? new HostString(request.Host.Host, given) : new HostString(request.Host.Host);
            response.StatusCode = StatusCodes.Status308PermanentRedirect;
            response.Headers.Location = UriHelper.BuildAbsolute("https", host, request.PathBase, request.Path, request.QueryString);
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status403Forbidden;
        response.ContentType = "application/problem+json";
        return response.WriteAsync(
            """{"type":"about:blank","title":"HTTPS is required outside this machine.","status":403,"code":"https_required"}""",
            context.RequestAborted);
    }
}

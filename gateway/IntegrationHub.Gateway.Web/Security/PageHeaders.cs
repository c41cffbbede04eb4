using Microsoft.AspNetCore.Http;
using Scalar.AspNetCore;

namespace IntegrationHub.Gateway.Web.Security;

/// <summary>
/// SEC2 and API.md's "every page": nothing cached (<c>no-store</c>), a Content-Security-Policy that allows script, style
/// and images from the hub alone (no inline script, no eval), forms posting only to the hub, no framing, no referrer.
/// The one exception is the API reference of simulation mode (<c>/openapi</c>, Scalar): its scripts run by a nonce made
/// for each answer (still no <c>unsafe-inline</c> script), but its styles are inline, so that page alone allows them.
/// </summary>
internal static class PageHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly string[] NotPages = ["/api", "/staff", "/auth", "/fhir", "/hop", "/sim", "/health"];

    /// <summary>Whether the web pages (and their static files) answer this path, rather than an API.</summary>
    public static bool IsPage(PathString path) => !NotPages.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    public static void Apply(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers.ContentSecurityPolicy = context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce
            ? $"default-src 'none'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
              + "font-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
            : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}

using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Gateway.Errors;

/// <summary>
/// Writes the gateway's refusals as RFC 9457 <c>application/problem+json</c> with a machine-readable <c>code</c>
/// member, always with <c>Cache-Control: no-store</c>.
/// </summary>
public static class HubProblem
{
    /// <summary>The media type of every refusal.</summary>
    public const string ContentType = "application/problem+json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Writes <c>{type, title, status, code}</c> unless the response has already started.</summary>
    /// <param name="context">The request being refused.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="title">A short human-readable summary; never personal data.</param>
    /// <param name="code">The machine-readable code (API.md), e.g. <c>unknown_service</c>.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <param name="retryAfterSeconds">When set, a <c>Retry-After</c> header with this many seconds.</param>
    public static async Task WriteAsync(HttpContext context, int status, string title, string code, CancellationToken cancellationToken, int? retryAfterSeconds = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.Clear();
        response.StatusCode = status;
        response.Headers.CacheControl = "no-store";
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var body = new HubProblemBody("about:blank", title, status, code);
        await response.WriteAsJsonAsync(body, Json, ContentType, cancellationToken).ConfigureAwait(false);
    }
}

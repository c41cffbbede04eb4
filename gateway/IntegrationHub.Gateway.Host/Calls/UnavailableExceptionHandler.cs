using System.Globalization;
using IntegrationHub.Gateway.Errors;
using IntegrationHub.Grains.Contracts.Calls;
using IntegrationHub.Store;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace IntegrationHub.Gateway.Host.Calls;

/// <summary>
/// A request that failed because a part of the hub was briefly gone (the store restarting, a silo dying under the call)
/// is answered as such, not as the hub's fault: 503 <c>service_unavailable</c> with <c>Retry-After</c>, or 504
/// <c>gateway_timeout</c> when a call was sent and never answered, so its outcome is unknown. Logged as a warning: the
/// cause is logged where it happened.
/// </summary>
internal sealed partial class UnavailableExceptionHandler(IProblemDetailsService problems, ILogger<UnavailableExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>About the time the cluster takes to move a dead silo's grains, and a store restart to accept connections.</summary>
    private const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            TimeoutException => (StatusCodes.Status504GatewayTimeout, "The hub did not answer in time; the request may or may not have taken effect."),
            _ when SiloFailures.IsSiloGone(exception) => (StatusCodes.Status503ServiceUnavailable, "The hub is moving work off a server that stopped; try again shortly."),
            _ when StoreUnavailableException.IsCauseOf(exception) || StoreFailures.TransientErrorIn(exception) is not null =>
                (StatusCodes.Status503ServiceUnavailable, "The hub's store is not answering; try again shortly."),
            _ => (0, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        // The endpoint as the failed request found it: the exception handler has cleared it for its own pass.
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.DisplayName;
        LogUnavailable(logger, httpContext.Request.Method, endpoint, status, exception.GetType().Name);
        httpContext.Response.StatusCode = status;
        httpContext.Response.Headers[HeaderNames.RetryAfter] = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Endpoint} answered {Status}: {ErrorType}")]
    private static partial void LogUnavailable(ILogger logger, string method, string? endpoint, int status, string errorType);
}

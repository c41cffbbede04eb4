using System.Threading.RateLimiting;
using IntegrationHub.Gateway.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationHub.Gateway.RateLimiting;

/// <summary>
/// A fixed window per client IP address; a refusal is 429 problem+json <c>too_many_requests</c> with Retry-After.
/// </summary>
internal sealed partial class LoginRateLimitPolicy(IOptions<LoginRateLimitOptions> options, ILogger<LoginRateLimitPolicy> logger)
    : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var settings = options.Value;
        var address = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.PermitLimit,
            Window = settings.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.Window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        LoginRefused(logger, seconds);
        await HubProblem.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many login attempts", ProblemCodes.TooManyRequests, cancellationToken, seconds).ConfigureAwait(false);
    }

    [LoggerMessage(201, LogLevel.Warning, "Login refused by the rate limit; retry after {Seconds} s")]
    private static partial void LoginRefused(ILogger logger, int seconds);
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Gateway.RateLimiting;

/// <summary>The login rate limit: register it, then apply <see cref="PolicyName"/> to the login endpoints.</summary>
public static class HubLoginRateLimiting
{
    /// <summary>The policy name for <c>.RequireRateLimiting(HubLoginRateLimiting.PolicyName)</c>.</summary>
    public const string PolicyName = "hub-login";

    /// <summary>
    /// Adds the ASP.NET Core rate limiter with the login policy: per client IP, <see cref="LoginRateLimitOptions.PermitLimit"/>
    /// logins per <see cref="LoginRateLimitOptions.Window"/> (30 per 10 s by default); beyond that 429 problem+json
    /// <c>too_many_requests</c> with Retry-After. The pipeline needs <c>app.UseRateLimiter()</c> after routing.
    /// </summary>
    public static IServiceCollection AddHubLoginRateLimiting(this IServiceCollection services, Action<LoginRateLimitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<LoginRateLimitOptions>()
            .Validate(o => o.PermitLimit > 0 && o.Window > TimeSpan.Zero, "The login rate limit needs a positive permit limit and window.");
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddRateLimiter(limiter => limiter.AddPolicy<string, LoginRateLimitPolicy>(PolicyName));
        return services;
    }
}

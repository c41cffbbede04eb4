namespace IntegrationHub.Gateway.RateLimiting;

/// <summary>How many logins one client address may start per window (fixed window, no queue).</summary>
public sealed class LoginRateLimitOptions
{
    /// <summary>Logins per window and client address; 30 by default.</summary>
    public int PermitLimit { get; set; } = 30;

    /// <summary>The window; 10 seconds by default.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);
}

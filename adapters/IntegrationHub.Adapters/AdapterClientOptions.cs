namespace IntegrationHub.Adapters;

/// <summary>
/// What every adapter client is configured with (<c>Hub:Adapters:{System}:*</c>): where the system is, and the
/// client's resilience pipeline: a total time-out, retries of idempotent calls (GET, HEAD, PUT, DELETE; never a
/// POST), a circuit breaker, and a time-out per attempt. The circuit opens when at least
/// <see cref="CircuitBreakerFailureRatio"/> of at least <see cref="CircuitBreakerMinimumThroughput"/> attempts within
/// <see cref="CircuitBreakerSamplingDuration"/> failed, and then refuses calls for
/// <see cref="CircuitBreakerBreakDuration"/> without sending them (each one reported as the system being unavailable).
/// Time-outs, back-off and the breaker run on real time (the system clock), never on the hub's (possibly simulated)
/// clock.
/// </summary>
public abstract record AdapterClientOptions
{
    /// <summary>The system's base address, e.g. <c>http://127.0.0.1:41234/</c>. Required.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The time-out of one attempt, answer body included. 2 seconds by default.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The time-out of a whole call: every attempt and the back-off between them. 10 seconds by default.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after a failed attempt of an idempotent call. 2 by default; 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>The base delay of the jittered exponential back-off between attempts. 100 ms by default.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    public int CircuitBreakerMinimumThroughput { get; set; } = 6;

    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}

namespace IntegrationHub.Adapters;

/// <summary>
/// What every adapter client is configured with: where the system is, and how long and how often to try.
/// Time-outs and back-off run on real time (the system clock), never on the hub's (possibly simulated) clock.
/// </summary>
public abstract record AdapterClientOptions
{
    /// <summary>The system's base address, e.g. <c>http://127.0.0.1:41234/</c>. Required.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The time-out of one attempt, answer body included. 2 seconds by default.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Retries after a failed attempt of an idempotent call (every call these clients make). 2 by default.</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>The base delay of the jittered exponential back-off between attempts. 100 ms by default.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);
}

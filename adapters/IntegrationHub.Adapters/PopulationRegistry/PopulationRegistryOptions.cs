namespace IntegrationHub.Adapters.PopulationRegistry;

/// <summary>
/// The population registry client: its FHIR server's base (the client asks <c>{BaseAddress}fhir/Patient</c>) and a
/// circuit breaker, which opens when at least <see cref="CircuitBreakerFailureRatio"/> of at least
/// <see cref="CircuitBreakerMinimumThroughput"/> attempts within <see cref="CircuitBreakerSamplingDuration"/>
/// failed, and then refuses calls for <see cref="CircuitBreakerBreakDuration"/> (each one a
/// <see cref="RegistryUnavailableException"/>).
/// </summary>
public sealed record PopulationRegistryOptions : AdapterClientOptions
{
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    public int CircuitBreakerMinimumThroughput { get; set; } = 6;

    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}

namespace IntegrationHub.Chaos;

/// <summary>A fault the run injected, at a second from the start.</summary>
internal sealed record Fault(double At, string What);

namespace IntegrationHub.Simulators.Hosting;

/// <summary>The body of <c>PUT {base}/control/status</c>.</summary>
public sealed record SimulatorStatus(bool Available);

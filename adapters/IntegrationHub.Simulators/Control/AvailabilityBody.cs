namespace IntegrationHub.Simulators.Control;

public sealed record AvailabilityBody(bool Available);

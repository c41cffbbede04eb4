namespace IntegrationHub.LocalHub.Simulation;

internal sealed record AvailabilityBody(bool Available);

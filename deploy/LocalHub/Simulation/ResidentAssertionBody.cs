namespace IntegrationHub.LocalHub.Simulation;

internal sealed record ResidentAssertionBody(string? Personnummer, string? Method);

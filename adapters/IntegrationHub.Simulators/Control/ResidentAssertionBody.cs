namespace IntegrationHub.Simulators.Control;

public sealed record ResidentAssertionBody(string? Personnummer, string? Method);

namespace IntegrationHub.LocalHub.Simulation;

internal sealed record AssertionView(string Assertion);

namespace IntegrationHub.Simulators.Control;

public sealed record AssertionView(string Assertion);

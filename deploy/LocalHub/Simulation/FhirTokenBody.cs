namespace IntegrationHub.LocalHub.Simulation;

internal sealed record FhirTokenBody(string? ClientId, IReadOnlyList<string>? Scopes);

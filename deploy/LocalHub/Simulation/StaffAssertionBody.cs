namespace IntegrationHub.LocalHub.Simulation;

internal sealed record StaffAssertionBody(string? HsaId);

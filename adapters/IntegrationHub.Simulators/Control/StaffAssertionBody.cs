namespace IntegrationHub.Simulators.Control;

public sealed record StaffAssertionBody(string? HsaId);

namespace IntegrationHub.LocalHub.Simulation;

internal sealed record ClockBody(DateTimeOffset? Now, bool? Freeze);

namespace IntegrationHub.Silo.Api.Locks;

internal sealed record DecisionBody(bool? Approve, string? Note);

namespace IntegrationHub.Gateway.Api.Locks;

internal sealed record DecisionBody(bool? Approve, string? Note);

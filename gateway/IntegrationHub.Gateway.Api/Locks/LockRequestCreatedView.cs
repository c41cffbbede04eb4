namespace IntegrationHub.Gateway.Api.Locks;

internal sealed record LockRequestCreatedView(string Id, string Status);

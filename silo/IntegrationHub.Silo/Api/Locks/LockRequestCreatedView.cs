namespace IntegrationHub.Silo.Api.Locks;

internal sealed record LockRequestCreatedView(string Id, string Status);

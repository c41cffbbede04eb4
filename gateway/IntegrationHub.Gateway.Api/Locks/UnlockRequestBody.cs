namespace IntegrationHub.Gateway.Api.Locks;

internal sealed record UnlockRequestBody(string? Personnummer, string? Note);

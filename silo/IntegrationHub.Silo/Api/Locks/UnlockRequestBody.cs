namespace IntegrationHub.Silo.Api.Locks;

internal sealed record UnlockRequestBody(string? Personnummer, string? Note);

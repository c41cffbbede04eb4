namespace IntegrationHub.Gateway.Api.Locks;

internal sealed record LockRequestBody(string? Personnummer, string? Origin, string? Authority, string? Reason, string? Note, bool? Emergency);

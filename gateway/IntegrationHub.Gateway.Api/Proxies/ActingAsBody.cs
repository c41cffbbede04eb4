namespace IntegrationHub.Gateway.Api.Proxies;

internal sealed record ActingAsBody(string? Personnummer);

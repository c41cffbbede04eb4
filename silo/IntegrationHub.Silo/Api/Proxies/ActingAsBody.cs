namespace IntegrationHub.Silo.Api.Proxies;

internal sealed record ActingAsBody(string? Personnummer);

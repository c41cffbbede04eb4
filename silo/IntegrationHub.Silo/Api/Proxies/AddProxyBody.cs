namespace IntegrationHub.Silo.Api.Proxies;

internal sealed record AddProxyBody(string? ChildPersonnummer);

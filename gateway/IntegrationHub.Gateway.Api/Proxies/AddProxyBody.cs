namespace IntegrationHub.Gateway.Api.Proxies;

internal sealed record AddProxyBody(string? ChildPersonnummer);

namespace IntegrationHub.Gateway.Api.Cases;

internal sealed record CaseResidentOutput(string Personnummer, string Name);

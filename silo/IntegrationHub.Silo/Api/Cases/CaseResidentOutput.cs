namespace IntegrationHub.Silo.Api.Cases;

internal sealed record CaseResidentOutput(string Personnummer, string Name);

namespace IntegrationHub.Silo.Api.Cases;

internal sealed record CaseClinicOutput(string Id, string? Name);

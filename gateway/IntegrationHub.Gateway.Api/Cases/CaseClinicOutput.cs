namespace IntegrationHub.Gateway.Api.Cases;

internal sealed record CaseClinicOutput(string Id, string? Name);

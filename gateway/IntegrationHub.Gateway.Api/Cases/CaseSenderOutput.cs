namespace IntegrationHub.Gateway.Api.Cases;

/// <summary>Who sent a message: resident, staff, hub or regional; <see cref="Id"/> the HSA-id for staff.</summary>
internal sealed record CaseSenderOutput(string Kind, string Name, string? Id);

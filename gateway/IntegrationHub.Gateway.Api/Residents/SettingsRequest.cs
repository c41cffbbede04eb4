namespace IntegrationHub.Gateway.Api.Residents;

/// <summary>A member left out keeps its value; an empty string removes it.</summary>
internal sealed record SettingsRequest(string? Mobile, string? Email);

namespace IntegrationHub.Grains.Sessions;

/// <summary>What a request wants to reach: an API area, or a hop-out service by name.</summary>
public sealed record AccessRequest(AccessArea Area, string? Service = null);

namespace IntegrationHub.Grains.Contracts.Sessions;

/// <summary>What a request wants to reach: an API area, or a hop-out service by name.</summary>
[GenerateSerializer]
[Alias("hub.AccessRequest")]
public sealed record AccessRequest(AccessArea Area, string? Service = null);

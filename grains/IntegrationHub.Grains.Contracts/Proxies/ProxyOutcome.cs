namespace IntegrationHub.Grains.Contracts.Proxies;

/// <summary>The answer to creating or using a relationship: a refusal code (API.md), or the relationship.</summary>
[GenerateSerializer]
[Alias("hub.ProxyOutcome")]
public sealed record ProxyOutcome(string? Code, ProxyRelationshipView? Relationship)
{
    public bool Succeeded => Code is null;

    public static ProxyOutcome Refused(string code) => new(code, null);
}

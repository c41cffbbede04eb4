using IntegrationHub.Grains.Contracts.Proxies;

namespace IntegrationHub.Grains.Contracts.Accounts;

/// <summary>One of the user's proxy relationships as <c>GET /api/me</c> lists it: "active" or "ended", with the coded reason.</summary>
[GenerateSerializer]
[Alias("hub.ProxyView")]
public sealed record ProxyView(string Personnummer, string Name, string Status, string? Reason)
{
    public static ProxyView From(ProxyRelationshipView relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return new(relationship.Child, relationship.ChildName, relationship.Status, relationship.Reason);
    }
}

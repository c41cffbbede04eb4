using IntegrationHub.Grains.Contracts.Proxies;

namespace IntegrationHub.Grains.Proxies;

/// <summary>
/// The outbox event that ends a relationship from another grain's commit (the child's 13th birthday): an event rather
/// than a call, so the account never waits on a grain that may call it back.
/// </summary>
internal sealed record ProxyEndRequested(string RelationshipKey, string Reason)
{
    public const string Topic = "proxy.end";
}
